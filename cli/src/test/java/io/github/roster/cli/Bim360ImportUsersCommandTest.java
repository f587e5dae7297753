package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.sandbox.SandboxSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster bim360 import-users} against the sandbox. */
class Bim360ImportUsersCommandTest {

    static final String IMPORT_PATH = "/hq/v1/accounts/" + Bim360Sandbox.ACCOUNT + "/users/import";

    private final Bim360Sandbox cli = new Bim360Sandbox();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        cli.close();
    }

    private Path csv(String... lines) throws Exception {
        return Files.write(dir.resolve("users.csv"), List.of(lines));
    }

    @Test
    void printsEachUsersOutcomeAndA201WithAFailureIsNotSuccess() throws Exception {
        Path csv = csv("email,first_name,last_name,company_id", "new.one@example.com,New,One,",
                "JOHN.SMITH@mail.com,John,Again,", "new.two@example.com,New,Two,b." + SandboxSeed.BIM360_COMPANY_ID);

        Cli.Result r = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString(),
                "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        JsonNode result = Bim360Sandbox.json(r.out());
        assertThat(result.path("created").asInt()).isEqualTo(2);
        assertThat(result.path("failed").asInt()).isEqualTo(1);
        JsonNode failed = result.path("results").get(1);
        assertThat(failed.path("line").asInt()).isEqualTo(3);
        assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.path("reason").asText()).contains("already in use");
    }

    @Test
    void aReRunWithTheReportSkipsUsersAlreadyCreated() throws Exception {
        Path csv = csv("email,first_name", "new.one@example.com,New", "john.smith@mail.com,John");
        Path report = dir.resolve("report.jsonl");

        Cli.Result first = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString(),
                "--report", report.toString());
        Cli.Result second = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString(),
                "--report", report.toString(), "--output", "json");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.out()).contains("line 2 new.one@example.com: CREATED").contains("line 3 john.smith@mail.com: FAILED");
        assertThat(Files.readAllLines(report)).as("the header, then one record per user outcome").hasSize(4);
        JsonNode again = Bim360Sandbox.json(second.out());
        assertThat(again.path("skipped").asInt()).isEqualTo(1);
        assertThat(again.path("results")).hasSize(1);
        assertThat(again.path("results").get(0).path("email").asText()).isEqualTo("john.smith@mail.com");
    }

    @Test
    void usersRecordedUnknownAreRefusedUnlessResendUncertainThenLookedUpFirst() throws Exception {
        Path csv = csv("email,first_name", "ann.lee@example.com,Ann", "maybe.new@example.com,Maybe");
        Path report = dir.resolve("report.jsonl");
        Files.write(report, List.of(
                "{\"identity\":{\"import\":\"bim360-account-users\",\"account\":\"" + Bim360Sandbox.ACCOUNT + "\"}}",
                "{\"line\":2,\"email\":\"ann.lee@example.com\",\"outcome\":\"UNKNOWN\"}",
                "{\"line\":3,\"email\":\"maybe.new@example.com\",\"outcome\":\"UNKNOWN\"}"));

        Cli.Result refused = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString(),
                "--report", report.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--resend-uncertain").contains("2, 3");
        assertThat(cli.sandbox.state().requestCount(IMPORT_PATH)).isZero();

        Cli.Result resent = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString(),
                "--report", report.toString(), "--resend-uncertain", "--output", "json");

        assertThat(resent.exitCode()).as(resent.err()).isZero();
        JsonNode result = Bim360Sandbox.json(resent.out());
        assertThat(result.path("created").asInt()).isEqualTo(2);
        assertThat(result.path("results").get(0).path("id").asText()).isEqualTo(SandboxSeed.BIM360_ANN_LEE_ID);
        assertThat(cli.sandbox.state().requestCount(IMPORT_PATH)).as("only the one not found is sent").isEqualTo(1);
        assertThat(Files.readAllLines(report)).hasSize(5);
    }

    @Test
    void aReportOfAnotherAccountIsRefusedAndNothingIsSent() throws Exception {
        Path csv = csv("email,first_name", "new.one@example.com,New");
        Path report = dir.resolve("report.jsonl");
        Files.write(report, List.of(
                "{\"identity\":{\"import\":\"bim360-account-users\",\"account\":\"00000000-0000-4000-8000-000000000001\"}}",
                "{\"line\":2,\"email\":\"new.one@example.com\",\"outcome\":\"CREATED\"}"));

        Cli.Result r = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString(),
                "--report", report.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--report").contains("line 1: belongs to").contains("nothing was sent");
        assertThat(cli.sandbox.state().requestCount(IMPORT_PATH)).isZero();
    }

    @Test
    void everyBadRowIsNamedByLineAndFieldAndNothingIsSent() throws Exception {
        Path csv = csv("email,first_name,company_id", "ok@example.com,Ok,", "not-an-email,Bad,acme",
                "OK@example.com,Twice,");

        Cli.Result r = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 3, email").contains("line 3, company_id")
                .contains("line 4, email: the same e-mail as line 2");
        assertThat(cli.sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void anUnknownColumnIsExitTwo() throws Exception {
        Path csv = csv("email,firstName", "ok@example.com,Ok");

        Cli.Result r = cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv", csv.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("firstName");
    }
}
