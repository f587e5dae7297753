package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.sandbox.SandboxSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code roster bim360 create-user} and {@code deactivate-user} against the sandbox. */
class Bim360CreateAndDeactivateUserCommandTest {

    private final Bim360Sandbox cli = new Bim360Sandbox();

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void createUserTakesOneOptionPerFieldAndPrintsTheNotInvitedUser() {
        Cli.Result r = cli.run("create-user", "--account", "b." + Bim360Sandbox.ACCOUNT, "--email", "sam.new@example.com",
                "--first-name", "Sam", "--last-name", "New", "--company-id", "b." + SandboxSeed.BIM360_COMPANY_ID,
                "--job-title", "Estimator", "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode user = Bim360Sandbox.json(r.out());
        assertThat(user.path("status").asText()).isEqualTo("not_invited");
        assertThat(user.path("first_name").asText()).isEqualTo("Sam");
        assertThat(user.path("job_title").asText()).isEqualTo("Estimator");
        assertThat(user.path("company_id").asText()).isEqualTo(SandboxSeed.BIM360_COMPANY_ID);
        assertThat(cli.sandbox.state().bim360User(Bim360Sandbox.ACCOUNT, user.path("id").asText())
                .path("email").asText()).isEqualTo("sam.new@example.com");
    }

    @Test
    void createUserWithAnEmailInUseIsRefusedWithExitThree() {
        Cli.Result r = cli.run("create-user", "--account", Bim360Sandbox.ACCOUNT, "--email", "John.Smith@mail.com");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("409");
    }

    @Test
    void createUserWithBadFieldsIsExitTwoNamingEachAndSendsNothing() {
        Cli.Result r = cli.run("create-user", "--account", Bim360Sandbox.ACCOUNT, "--email", "not-an-email",
                "--company-id", "acme", "--city", "c".repeat(256));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("email").contains("company_id").contains("city");
        assertThat(cli.sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void deactivateUserByIdThenAgainIsDeactivatedThenAlreadyInactive() {
        Cli.Result first = cli.run("deactivate-user", "--account", Bim360Sandbox.ACCOUNT, "--user",
                SandboxSeed.BIM360_USER_ID, "--output", "json");
        Cli.Result second = cli.run("deactivate-user", "--account", Bim360Sandbox.ACCOUNT, "--user",
                SandboxSeed.BIM360_USER_ID);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(Bim360Sandbox.json(first.out()).path("result").asText()).isEqualTo("DEACTIVATED");
        assertThat(cli.sandbox.state().bim360User(Bim360Sandbox.ACCOUNT, SandboxSeed.BIM360_USER_ID)
                .path("status").asText()).isEqualTo("inactive");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("ALREADY_INACTIVE");
    }

    @Test
    void deactivateAPendingUserIsExitThreeSayingToRemoveItFromProjects() {
        Cli.Result r = cli.run("deactivate-user", "--account", Bim360Sandbox.ACCOUNT, "--user",
                SandboxSeed.BIM360_PENDING_USER_ID);

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).startsWith("NOT_DEACTIVATABLE").contains("removeProjectUser");
        assertThat(cli.sandbox.state().bim360User(Bim360Sandbox.ACCOUNT, SandboxSeed.BIM360_PENDING_USER_ID)
                .path("status").asText()).isEqualTo("pending");
    }

    @Test
    void deactivateByEmailTakesTheExactMatchOnly() {
        Cli.Result r = cli.run("deactivate-user", "--account", Bim360Sandbox.ACCOUNT, "--email", "Ann.Lee@example.com");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(cli.sandbox.state().bim360User(Bim360Sandbox.ACCOUNT, SandboxSeed.BIM360_ANN_LEE_ID)
                .path("status").asText()).isEqualTo("inactive");
        assertThat(cli.sandbox.state().bim360User(Bim360Sandbox.ACCOUNT, SandboxSeed.BIM360_JOANN_LEE_ID)
                .path("status").asText()).isNotEqualTo("inactive");
    }

    @Test
    void deactivateByAnUnknownEmailIsNotFoundWithExitThree() {
        Cli.Result r = cli.run("deactivate-user", "--account", Bim360Sandbox.ACCOUNT, "--email", "lee@example.com",
                "--output", "json");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(Bim360Sandbox.json(r.out()).path("result").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void userAndEmailTogetherAreExitTwo() {
        Cli.Result r = cli.run("deactivate-user", "--account", Bim360Sandbox.ACCOUNT, "--user",
                SandboxSeed.BIM360_USER_ID, "--email", "john.smith@mail.com");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(cli.sandbox.state().requestCounts()).isEmpty();
    }
}
