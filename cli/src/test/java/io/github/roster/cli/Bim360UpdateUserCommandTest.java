package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.SandboxSeed;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Bim360UpdateUserCommandTest extends InProcessSandboxTest {


    @Test
    void updatesTheUserAndPrintsTheResponseAsJson() {
        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", base, "--token", "cli-token",
                "--account", "b." + SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID,
                "--status", "inactive", "--default-role", "Superintendent", "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"status\" : \"inactive\"").contains("\"default_role\" : \"Superintendent\"");
        assertThat(sandbox.state().bim360User(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID)
                .get("status").asText()).isEqualTo("inactive");
    }

    @Test
    void takesTheTokenFromTheEnvironment() {
        Cli.Result r = Cli.run(Map.of("ROSTER_AUTODESK_TOKEN", "cli-token"), "bim360", "update-user",
                "--base-url", base, "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID,
                "--company", SandboxSeed.BIM360_OTHER_COMPANY_ID);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("updated BIM 360 user " + SandboxSeed.BIM360_USER_ID);
    }

    @Test
    void invalidInputNamesEachFieldExitsTwoAndSendsNothing() {
        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", base, "--token", "cli-token",
                "--account", "not-an-id", "--user", SandboxSeed.BIM360_USER_ID, "--status", "asleep",
                "--company", "also-not-an-id");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("status: must be one of").contains("company_id: must be a UUID");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void anEmptyPatchIsInvalidInput() {
        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", base, "--token", "cli-token",
                "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("set at least one of status, company_id, default_role");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void aRefusalByTheApiExitsThreeWithTheVendorsMessageAndNoToken() {
        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", base, "--token", "cli-token",
                "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_PENDING_USER_ID,
                "--status", "active");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("409").doesNotContain("cli-token");
    }

    @Test
    void aWrongTokenIsRefusedWithExitThree() {
        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", base, "--token", "wrong-token",
                "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID, "--status", "active");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("401").doesNotContain("wrong-token");
    }

    @Test
    void noCredentialsIsInvalidInput() {
        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", base,
                "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID, "--status", "active");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ROSTER_AUTODESK_TOKEN");
    }

    @Test
    void anUnreachableServerExitsFour() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", "http://127.0.0.1:" + closedPort,
                "--token", "t", "--max-attempts", "1", "--account", SandboxSeed.BIM360_ACCOUNT_ID,
                "--user", SandboxSeed.BIM360_USER_ID, "--status", "active");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("could not connect");
    }
}
