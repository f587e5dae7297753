package io.github.roster.cli;

import io.github.roster.sandbox.SandboxSeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("bim360", "acc", "procore", "sandbox", "demo")
                .contains("3   refused by the API").contains("4   not completed");
    }

    @Test
    void versionIsTheOneTheBuildWroteIntoTheFacade() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().trim()).isEqualTo("roster " + io.github.roster.RosterVersion.current());
        assertThat(io.github.roster.RosterVersion.current()).doesNotContain("${").isNotBlank();
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheOption() {
        Cli.Result r = Cli.run("bim360", "update-user", "--region", "mars", "--account",
                "9dbb160e-b904-458b-bc5c-ed184687592d", "--user", "a75e8769-621e-40b6-a524-0cffdd2f784e",
                "--status", "inactive", "--token", "t", "--base-url", "http://127.0.0.1:9");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--region must be one of");
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertThat(Cli.run("teleport").exitCode()).isEqualTo(2);
        assertThat(Cli.run("bim360", "update-user", "--bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void theDemoRunsAllThreeOperationsAgainstTheSandbox() {
        Cli.Result r = Cli.run("demo");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("1. BIM 360", "\"status\" : \"inactive\"")
                .contains("2. ACC", "\"jobId\" : \"")
                .contains("3. Procore", "\"avatar\" : \"")
                .contains("4. Offboard ann.lee@example.com", "ACC project " + SandboxSeed.ACC_PROJECT_ID + ": member",
                        "REMOVED", "BIM 360 account: DEACTIVATED", "Procore company 8089: deactivated")
                .contains("5. Validation", "users[0].email: must be a well-formed email address")
                .contains("6. Sync", "add-to-project  E-2002  margaret.hamilton@example.com",
                        "applied and read back: {applied=", "planned again: nothing left to write")
                .doesNotContain("failed=", "unverified=", "stale=")
                .contains("Done: three operations sent, one person offboarded");
    }

    @Test
    void theSandboxCommandServesUntilInterrupted() throws Exception {
        RunningSandboxCommand sandbox = RunningSandboxCommand.start("sandbox", "--port", "0", "--token", "s");
        String base = sandbox.baseUrl();

        HttpResponse<String> unauthorized = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/construction/admin/v2/projects/" + io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID
                                + "/users:import"))
                .header("Authorization", "Bearer not-s").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"users\":[]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorized.statusCode()).isEqualTo(401);

        assertThat(sandbox.stop()).isZero();
    }
}
