package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccImportUsersCommandTest {

    private static final String PROJECT = SandboxSeed.ACC_PROJECT_ID;
    private static final String HEADER = "email,firstName,lastName,companyId,roleIds,products";

    @TempDir
    Path dir;

    private RosterSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private String start(RosterSandbox.Builder builder) {
        sandbox = builder.port(0).build().start();
        return sandbox.baseUrl().toString();
    }

    private Path csv(int rows) throws IOException {
        Path file = dir.resolve("users-" + rows + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (int i = 0; i < rows; i++) {
                w.write("user" + i + "@example.com,First" + i + ",\"Last, " + i + "\","
                        + "c32ffb13-83f8-43fb-bddf-3e5c0c2dda24,"
                        + "287d5cc2-9008-462c-96e5-c9491db85d97;cda845af-05f0-4c46-9108-71b993946c35,"
                        + "docs:member;build:none");
                w.newLine();
            }
        }
        return file;
    }

    private List<String> imported() {
        return sandbox.state().accImportedEmails(PROJECT);
    }

    @Test
    void importsAThousandUsersInRequestsOf200WithAReport() throws Exception {
        String base = start(RosterSandbox.builder());
        Path report = dir.resolve("report.jsonl");

        Cli.Result r = Cli.run("acc", "import-users", "--base-url", base, "--token", "t", "--project", "b." + PROJECT,
                "--csv", csv(1000).toString(), "--user-id", "6cc15635-2fbd-4f73-afbe-abd833408a1d",
                "--region", "emea", "--report", report.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(imported()).hasSize(1000).doesNotHaveDuplicates();
        assertThat(sandbox.state().accImports(PROJECT)).extracting(i -> i.emails().size())
                .containsExactly(200, 200, 200, 200, 200);
        assertThat(r.out()).contains("1000 users, 5 requests sent: 5 accepted (1000 users), 0 failed");
        assertThat(r.err()).contains("request 4: 200 users accepted").contains("[1000/1000 users]");
        assertThat(Files.readAllLines(report)).filteredOn(l -> l.contains("\"state\":\"accepted\"")).hasSize(5)
                .allSatisfy(l -> assertThat(l).contains("\"jobId\":\"").contains("\"emails\":["));
    }

    @Test
    void aDryRunValidatesEverythingAndSendsNothing() throws Exception {
        String base = start(RosterSandbox.builder());
        Cli.Result r = Cli.run("acc", "import-users", "--base-url", base, "--token", "t", "--project", PROJECT,
                "--csv", csv(450).toString(), "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("dry run: 450 users in 3 requests are valid; nothing was sent");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void anInvalidFileNamesEveryBadCellByLineAndSendsNothing() throws Exception {
        String base = start(RosterSandbox.builder());
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, HEADER + "\n"
                + "ok@example.com,A,B,,,docs:member\n"
                + "not-an-email,A,B,not-a-uuid,,docs:member\n"
                + "x@example.com,A,B,,,projectAdministration:member\n"
                + "OK@example.com,A,B,,,docs:owner;nonsense\n"
                + "y@example.com,A,B,,,\n");

        for (String mode : List.of("--dry-run", "--report=" + dir.resolve("r.jsonl"))) {
            Cli.Result r = Cli.run("acc", "import-users", "--base-url", base, "--token", "t", "--project", PROJECT,
                    "--csv", file.toString(), mode);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err())
                    .contains("line 3: users[1].email: must be a well-formed email address")
                    .contains("line 3: users[1].companyId: must be a UUID")
                    .contains("line 4: users[2].products[0].access: projectAdministration cannot be member")
                    .contains("line 5: users[3].products[0].access: must be one of administrator, member, none")
                    .contains("line 5: users[3].products[1]: must be key:access")
                    .contains("line 5: users[3].email: the same e-mail as users[0]")
                    .contains("line 6: users[4].products: must not be null")
                    .contains("nothing was sent");
        }
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void aWrongHeaderIsRefusedBeforeReadingRows() throws Exception {
        String base = start(RosterSandbox.builder());
        Path file = dir.resolve("header.csv");
        Files.writeString(file, "mail,firstName\nx@example.com,A\n");
        Cli.Result r = Cli.run("acc", "import-users", "--base-url", base, "--token", "t", "--project", PROJECT,
                "--csv", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("missing [email, products]").contains("unknown [mail]");
    }

    @Test
    void failedRequestsAreResentOnReRunAndAcceptedOnesAreNot() throws Exception {
        String base = start(RosterSandbox.builder().faultRate(0.5).faultSeed(7));
        Path report = dir.resolve("report.jsonl");
        Path file = csv(1000);
        String[] args = {"acc", "import-users", "--base-url", base, "--token", "t", "--project", PROJECT,
            "--csv", file.toString(), "--report", report.toString(), "--max-attempts", "1", "--output", "json"};

        Cli.Result first = Cli.run(args);
        int acceptedFirst = imported().size();
        assertThat(first.exitCode()).as("some requests hit injected 503s").isEqualTo(4);
        assertThat(acceptedFirst).isLessThan(1000);

        List<Cli.Result> reruns = new ArrayList<>();
        while (imported().size() < 1000 && reruns.size() < 30) {
            reruns.add(Cli.run(args));
        }

        assertThat(imported()).hasSize(1000).doesNotHaveDuplicates();
        assertThat(reruns.get(reruns.size() - 1).exitCode()).isZero();
        assertThat(reruns.get(0).out()).contains("\"usersSkipped\" : " + acceptedFirst);
    }

    @Test
    void anImportKilledMidwayResumesWithoutDuplicates() throws Exception {
        String base = start(RosterSandbox.builder());
        Path report = dir.resolve("report.jsonl");
        Path file = csv(1000);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
                RosterCli.class.getName(), "acc", "import-users", "--base-url", base, "--token", "t",
                "--project", PROJECT, "--csv", file.toString(), "--report", report.toString(),
                "--requests-per-minute", "240"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (sandbox.state().accImports(PROJECT).size() < 2 && process.isAlive() && Instant.now().isBefore(deadline)) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int beforeResume = imported().size();
        assertThat(beforeResume).as(Files.readString(dir.resolve("killed.log"))).isBetween(400, 999);

        Cli.Result resumed = Cli.run("acc", "import-users", "--base-url", base, "--token", "t", "--project", PROJECT,
                "--csv", file.toString(), "--report", report.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(imported()).hasSize(1000).doesNotHaveDuplicates();
        assertThat(resumed.out()).contains(beforeResume + " users skipped as already accepted");
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
