package io.github.roster.cli;

import static io.github.roster.cli.AccImportFiles.PROJECT;
import static io.github.roster.cli.AccImportFiles.csv;
import static io.github.roster.cli.AccImportFiles.emails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roster acc import-users} as a real process, killed with SIGKILL at random moments (many while the sandbox
 * has processed a request whose answer is still on its way) and resumed with the same report, while some requests
 * lose their answer after being processed: in the end every user was imported exactly once.
 */
class AccImportKillTest {

    private static final String TOKEN = "cli-token";
    private static final int USERS = 2000;
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    private RosterSandbox sandbox;
    private ImportFront front;
    private Path log;

    @BeforeEach
    void start() {
        sandbox = RosterSandbox.builder().port(0).token(TOKEN).build().start();
        log = dir.resolve("runs.log");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (front != null) {
            front.close();
        }
        sandbox.close();
    }

    private Process startImport(Path file, Path report, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", classpath(), RosterCli.class.getName(),
                "acc", "import-users", "--base-url", front.baseUrl(), "--token", TOKEN, "--project", PROJECT,
                "--csv", file.toString(), "--report", report.toString(), "--verify-wait", "0"));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    @Test
    void everyUserIsImportedExactlyOnceThroughTwentyKillsAndLostAnswers() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String context = "seed " + seed + " (log: " + log + ")";
        // 1 request in 15 loses its answer after the sandbox processed it; every answer is held 40 ms after
        // processing, the window in which a kill leaves a request processed but unrecorded
        front = new ImportFront(sandbox.baseUrl(), (method, path, n) -> n >= 0 && random.nextInt(15) == 0
                ? ImportFront.Action.PROCESS_THEN_DROP : ImportFront.Action.FORWARD, Duration.ofMillis(40));
        List<String> users = emails("user", 0, USERS);
        Path file = csv(dir.resolve("users.csv"), users);
        Path report = dir.resolve("report.jsonl");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));

        int kills = 0;
        int lastExit = -1;
        int runs = 0;
        while (lastExit != 0 && Instant.now().isBefore(deadline)) {
            runs++;
            int seenBefore = front.importsSeen();
            Process run = startImport(file, report, "--batch-size", "20");
            if (kills < KILLS) {
                // once it sends, let it run a random while, then SIGKILL it
                waitUntil(() -> front.importsSeen() > seenBefore || !run.isAlive(), deadline);
                LockSupport.parkNanos(Duration.ofMillis(random.nextInt(250)).toNanos());
                if (run.isAlive()) {
                    run.destroyForcibly();
                    kills++;
                }
            }
            assertThat(run.waitFor(2, TimeUnit.MINUTES)).as(context).isTrue();
            lastExit = run.exitValue();
            assertThat(lastExit).as(context + ": run " + runs + " exit code").isIn(0, 4, 137);
        }

        assertThat(lastExit).as(context + ": the last run completes").isZero();
        assertThat(kills).as(context).isGreaterThanOrEqualTo(KILLS);
        assertThat(sandbox.state().accImportedEmails(PROJECT)).as(context + ": users in accepted imports")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(users);
        Map<String, Integer> members = AccImportFiles.memberCounts(sandbox.baseUrl().toString(), TOKEN);
        for (String user : users) {
            assertThat(members.get(user.toLowerCase(Locale.ROOT))).as(context + ": members " + user).isEqualTo(1);
        }
        assertThat(Files.readAllLines(report)).as(context + ": some runs found users of a request whose outcome"
                + " they did not know (the case this test is about)").anyMatch(l -> l.contains("\"resolvedBy\""));
    }

    @Test
    void aSecondProcessOnTheSameReportIsRefusedWhileTheFirstRuns() throws Exception {
        CountDownLatch secondDone = new CountDownLatch(1);
        // the first run's second request is held until the second run has ended: the first is mid-import all along
        front = new ImportFront(sandbox.baseUrl(), (method, path, n) -> {
            if (n == 1) {
                await(secondDone);
            }
            return ImportFront.Action.FORWARD;
        }, Duration.ZERO);
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 100));
        Path report = dir.resolve("report.jsonl");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));

        Process first = startImport(file, report, "--batch-size", "10");
        waitUntil(() -> front.importsSeen() > 1 || !first.isAlive(), deadline);
        Path secondOut = dir.resolve("second.log");
        Process second = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), RosterCli.class.getName(), "acc", "import-users", "--base-url", front.baseUrl(),
                "--token", TOKEN, "--project", PROJECT, "--csv", file.toString(), "--report", report.toString()))
                .redirectErrorStream(true).redirectOutput(secondOut.toFile()).start();
        boolean secondEnded = second.waitFor(2, TimeUnit.MINUTES);
        boolean firstAlive = first.isAlive();
        secondDone.countDown();

        assertThat(secondEnded).isTrue();
        assertThat(firstAlive).as("the first run is mid-import: " + Files.readString(log)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(secondOut)).isEqualTo(2);
        assertThat(Files.readString(secondOut)).contains("is in use by another run").contains("nothing was sent");
        assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(log)).isZero();
        assertThat(sandbox.state().accImportedEmails(PROJECT)).hasSize(100).doesNotHaveDuplicates();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier condition, Instant deadline) {
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
