package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.SandboxSeed;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class Bim360GetUserCommandTest extends InProcessSandboxTest {


    @Test
    void printsTheUserAsJson() {
        Cli.Result r = Cli.run("bim360", "get-user", "--base-url", base, "--token", "cli-token",
                "--account", "b." + SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID, "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"id\" : \"" + SandboxSeed.BIM360_USER_ID + "\"")
                .contains("\"email\" : \"john.smith@mail.com\"");
    }

    @Test
    void printsASummaryLineAsText() {
        Cli.Result r = Cli.run("bim360", "get-user", "--base-url", base, "--token", "cli-token",
                "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("BIM 360 user " + SandboxSeed.BIM360_USER_ID + " (john.smith@mail.com)");
    }

    @Test
    void anUnknownUserIsRefusedByTheApiWithExitThree() {
        Cli.Result r = Cli.run("bim360", "get-user", "--base-url", base, "--token", "cli-token",
                "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", UUID.randomUUID().toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("404");
    }

    @Test
    void aBadIdIsExitTwoAndNothingIsSent() {
        Cli.Result r = Cli.run("bim360", "get-user", "--base-url", base, "--token", "cli-token",
                "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", "not-a-user");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("user_id");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }
}
