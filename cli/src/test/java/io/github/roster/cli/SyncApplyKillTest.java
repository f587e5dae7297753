package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import io.github.roster.sync.apply.SyncApplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roster sync apply} in a real child JVM, killed with SIGKILL at random points (a seeded {@link Random}:
 * set {@code -Droster.killSeed=N} to repeat a run; the seed is in every failure message), then run again: every
 * person must end up present exactly once in every target, none created or imported twice, none left out.
 */
class SyncApplyKillTest {

    private static final int KILLS = 20;
    private static final int JOINERS = 12;
    private static final String STARTED = "\"type\":\"started\"";

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsThenRunAgainEveryoneIsPresentExactlyOnce() throws Exception {
        long seed = Long.getLong("roster.killSeed", System.nanoTime());
        Random random = new Random(seed);
        int writes = 3 * JOINERS + 1;
        int interruptedMidway = 0;
        List<String> log = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
                String base = sandbox.baseUrl().toString();
                Path plan = SyncPlans.write(Files.createDirectories(dir.resolve("run" + kill)), JOINERS);
                Path journal = SyncApplier.journalFile(plan);
                // the point: once the journal holds this many started records, plus a few milliseconds
                int afterStarted = 1 + random.nextInt(writes);
                int extraMillis = random.nextInt(40);
                Process child = child(plan, base, dir.resolve("child" + kill + ".log"));
                while (child.isAlive() && lines(journal, STARTED) < afterStarted) {
                    Thread.sleep(2);
                }
                boolean finished = child.waitFor(extraMillis, TimeUnit.MILLISECONDS);
                if (!finished) {
                    child.destroyForcibly(); // SIGKILL
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
                String where = "seed " + seed + ", kill " + kill + " after " + afterStarted + " started records + "
                        + extraMillis + " ms";
                long started = lines(journal, STARTED);
                long ended = lines(journal, "\"type\":\"ended\"");
                if (!finished && started > 0 && ended < writes) {
                    interruptedMidway++;
                }
                log.add(where + ": " + (finished ? "finished" : "killed") + ", journal " + started + " started, "
                        + ended + " ended");

                Cli.Result again = Cli.run("sync", "apply", plan.toString(), "--base-url", base, "--token", "t",
                        "--import-wait", "5");

                assertThat(again.exitCode()).as(where + "\n" + again.out() + again.err()).isZero();
                assertExactlyOnce(sandbox, where);
            }
        }
        System.out.println("SyncApplyKillTest seed " + seed + ": " + interruptedMidway + " of " + KILLS
                + " kills interrupted writing\n  " + String.join("\n  ", log));
        assertThat(interruptedMidway).as("seed " + seed + ": kills that landed while apply was writing\n"
                + String.join("\n", log)).isGreaterThanOrEqualTo(KILLS / 2);
    }

    private static Process child(Path plan, String base, Path output) throws java.io.IOException {
        return new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                RosterCli.class.getName(), "sync", "apply", plan.toString(), "--base-url", base,
                "--token", "t", "--import-wait", "5", "--requests-per-minute", "6000"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static void assertExactlyOnce(RosterSandbox sandbox, String where) {
        String base = sandbox.baseUrl().toString();
        try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder().baseUrl(base)
                .tokenProvider(TokenProvider.of("t")).build();
             ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder().baseUrl(base)
                     .tokenProvider(TokenProvider.of("t")).build()) {
            Map<String, Integer> bim360 = count(autodesk.listAccountUsers(SyncPlans.ACCOUNT), AccountUser::getEmail);
            Map<String, Integer> imported = count(sandbox.state().accImportedEmails(SyncPlans.PROJECT), e -> e);
            Map<String, Integer> company = count(procore.listAllCompanyUsers(SandboxSeed.PROCORE_COMPANY_ID),
                    CompanyUser::getEmailAddress);
            for (int i = 1; i <= JOINERS; i++) {
                String email = SyncPlans.email(i);
                assertThat(bim360.get(email)).as(where + ": BIM 360 users with " + email).isEqualTo(1);
                assertThat(imported.get(email)).as(where + ": ACC imports of " + email).isEqualTo(1);
                assertThat(company.get(email)).as(where + ": Procore users with " + email).isEqualTo(1);
            }
            long procoreCreates = sandbox.state().requestCount("/rest/v1.3/companies/8089/users", 201);
            assertThat(procoreCreates).as(where + ": Procore creates answered 201").isEqualTo(JOINERS);
        }
    }

    private static <T> Map<String, Integer> count(Iterable<T> items, Function<T, String> email) {
        Map<String, Integer> counts = new HashMap<>();
        for (T item : items) {
            if (email.apply(item) != null) {
                counts.merge(email.apply(item).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static long lines(Path file, String containing) throws java.io.IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return Files.readAllLines(file).stream().filter(l -> l.contains(containing)).count();
    }
}
