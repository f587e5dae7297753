package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Keep the platforms in step with HR" example, run for real: the sandbox seeded with
 * {@code docs/sync-example/seed.json}, the plan made from its {@code hr.csv} and {@code sync.yaml}; what the README
 * shows must be what the commands print.
 */
class SyncReadmeExampleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXAMPLE = ROOT.resolve("docs/sync-example");
    private static final Map<String, String> TOKENS = Map.of("ROSTER_AUTODESK_TOKEN", "t", "ROSTER_PROCORE_TOKEN", "t");

    @TempDir
    Path dir;

    @Test
    void theReadmeShowsWhatThePlanCommandPrints() throws Exception {
        for (String file : new String[] {"hr.csv", "sync.yaml"}) {
            Files.copy(EXAMPLE.resolve(file), dir.resolve(file));
        }
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Path plan = dir.resolve("plan.json");
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).seed(EXAMPLE.resolve("seed.json")).build()
                .start()) {
            String[] args = {"sync", "plan", "--base-url", sandbox.baseUrl().toString(), "--config",
                dir.resolve("sync.yaml").toString(), "--hr", dir.resolve("hr.csv").toString(), "--out", plan.toString()};

            Cli.Result refused = Cli.run(TOKENS, args);
            assertThat(refused.exitCode()).isEqualTo(5);
            assertThat(readme).contains("# " + refused.err().strip());

            String[] allowed = java.util.Arrays.copyOf(args, args.length + 2);
            allowed[args.length] = "--allow-deactivations";
            allowed[args.length + 1] = "3";
            Cli.Result made = Cli.run(TOKENS, allowed);
            assertThat(made.exitCode()).as(made.err()).isZero();
            assertThat(readme).contains("```text\n" + made.out().replace(plan.toString(), "plan.json") + "```\n");
        }
        assertThat(plan).exists();
    }
}
