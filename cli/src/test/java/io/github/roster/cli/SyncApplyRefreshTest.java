package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync apply --refresh}: a plan refused as stale is planned again from the same configuration and HR export
 * and the new plan is applied; after it a plan has nothing left to write.
 */
class SyncApplyRefreshTest {

    private static final Path EXAMPLE = Path.of("..").toAbsolutePath().normalize().resolve("docs/sync-example");
    private static final Map<String, String> TOKENS = Map.of("ROSTER_AUTODESK_TOKEN", "t", "ROSTER_PROCORE_TOKEN", "t");

    @TempDir
    Path dir;

    @Test
    void aStalePlanIsRefusedThenRefreshedAndApplied() throws Exception {
        for (String file : new String[] {"hr.csv", "sync.yaml"}) {
            Files.copy(EXAMPLE.resolve(file), dir.resolve(file));
        }
        String config = dir.resolve("sync.yaml").toString();
        String hr = dir.resolve("hr.csv").toString();
        Path plan = dir.resolve("plan.json");
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).seed(EXAMPLE.resolve("seed.json")).build()
                .start()) {
            String base = sandbox.baseUrl().toString();
            assertThat(Cli.run(TOKENS, "sync", "plan", "--base-url", base, "--config", config, "--hr", hr,
                    "--out", plan.toString(), "--allow-deactivations", "3").exitCode()).isZero();
            // Bob leaves Procore before the plan is applied: the planned deactivation is stale
            assertThat(Cli.run(TOKENS, "procore", "deactivate-user", "--base-url", base, "--company", "8089",
                    "--user", "7000000002").exitCode()).isZero();

            Cli.Result stale = Cli.run(TOKENS, "sync", "apply", plan.toString(), "--base-url", base,
                    "--import-wait", "5");
            assertThat(stale.exitCode()).as(stale.out() + stale.err()).isEqualTo(ExitCodes.REFUSED_BY_SAFETY);
            assertThat(stale.out()).contains("stale");

            Cli.Result half = Cli.run(TOKENS, "sync", "apply", plan.toString(), "--base-url", base, "--refresh");
            assertThat(half.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(half.err()).contains("--refresh, --config and --hr go together");

            Cli.Result refreshed = Cli.run(TOKENS, "sync", "apply", plan.toString(), "--base-url", base,
                    "--import-wait", "5", "--refresh", "--config", config, "--hr", hr);
            assertThat(refreshed.exitCode()).as(refreshed.out() + refreshed.err()).isZero();
            assertThat(refreshed.err()).contains("planned again").contains("plan.json.refreshed.json");
            Path fresh = dir.resolve("plan.json.refreshed.json");
            assertThat(PlanJson.read(fresh).writeActions())
                    .noneMatch(a -> a.employeeId().equals("E2") && a.platform().key().equals("procore"));

            Cli.Result after = Cli.run(TOKENS, "sync", "plan", "--base-url", base, "--config", config, "--hr", hr,
                    "--output", "json");
            assertThat(after.exitCode()).as(after.err()).isZero();
            assertThat(PlanJson.fromBytes(after.out().getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan")
                    .writeActions()).isEmpty();
        }
    }
}
