package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code roster acc list-project-users | update-project-user | remove-project-user | user-projects}. */
class AccProjectUserCommandsTest extends InProcessSandboxTest {

    private static final String PROJECT = SandboxSeed.ACC_PROJECT_ID;
    private static final String ANN = SandboxSeed.BIM360_ANN_LEE_ID;
    private final ObjectMapper json = new ObjectMapper();


    private Cli.Result acc(String... args) {
        List<String> all = new ArrayList<>(List.of("acc"));
        all.addAll(List.of(args));
        all.addAll(List.of("--base-url", base, "--token", "cli-token"));
        return Cli.run(all.toArray(String[]::new));
    }

    private List<String> emails(JsonNode array) {
        List<String> emails = new ArrayList<>();
        array.forEach(m -> emails.add(m.path("email").asText()));
        return emails;
    }

    @Test
    void listsTheMembersAsAJsonArray() throws Exception {
        Cli.Result r = acc("list-project-users", "--project", "b." + PROJECT, "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode members = json.readTree(r.out());
        assertThat(members.isArray()).isTrue();
        assertThat(emails(members)).contains("john.smith@mail.com", "ann.lee@example.com", "pat.pending@mail.com");
    }

    @Test
    void byEmailListsOnlyTheExactMatchOnePerLine() throws Exception {
        Cli.Result r = acc("list-project-users", "--project", PROJECT, "--email", "ANN.LEE@example.com",
                "--output", "ndjson");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(json.readTree(lines.get(0)).path("id").asText()).isEqualTo(ANN);
    }

    @Test
    void byEmailFindsNobodyWhereOnlyAFuzzyMatchExists() {
        Cli.Result r = acc("list-project-users", "--project", SandboxSeed.ACC_OTHER_PROJECT_ID,
                "--email", "ann.lee@example.com");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("joann").contains("0 members");
    }

    @Test
    void updatesTheProductsOfAMember() {
        Cli.Result r = acc("update-project-user", "--project", PROJECT, "--user", ANN,
                "--products", "docs:administrator;build:member", "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sandbox.state().accProjectMember(PROJECT, ANN).path("products").toString())
                .contains("{\"key\":\"docs\",\"access\":\"administrator\"}");
    }

    @Test
    void anUpdateBreakingTheProductRulesIsExitTwoAndNothingIsSent() {
        Cli.Result r = acc("update-project-user", "--project", PROJECT, "--user", ANN,
                "--products", "projectAdministration:administrator;docs:member;nope:member", "--role-ids", "x");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("products[2].key").contains("roleIds[0]");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void removesByExactEmailThenRefusesWhenNobodyIsLeft() {
        Cli.Result r = acc("remove-project-user", "--project", PROJECT, "--email", "Ann.Lee@example.com");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("project member " + ANN + ": removed");
        assertThat(sandbox.state().accProjectMember(PROJECT, ANN).path("status").asText()).isEqualTo("deleted");

        Cli.Result again = acc("remove-project-user", "--project", PROJECT, "--email", "ann.lee@example.com");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("nothing was removed");
    }

    @Test
    void removingSomeoneWhoWasNeverAMemberIsExitThree() {
        Cli.Result r = acc("remove-project-user", "--project", PROJECT, "--user", UUID.randomUUID().toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("404");
    }

    @Test
    void listsAUsersProjectsByIdOrByExactEmail() throws Exception {
        Cli.Result byId = acc("user-projects", "--account", SandboxSeed.BIM360_ACCOUNT_ID,
                "--user", SandboxSeed.BIM360_USER_ID, "--output", "json");
        Cli.Result byEmail = acc("user-projects", "--account", "b." + SandboxSeed.BIM360_ACCOUNT_ID,
                "--email", "JOHN.SMITH@mail.com", "--output", "json");

        assertThat(byId.exitCode()).as(byId.err()).isZero();
        assertThat(byEmail.exitCode()).as(byEmail.err()).isZero();
        JsonNode projects = json.readTree(byId.out());
        List<String> ids = new ArrayList<>();
        projects.forEach(p -> ids.add(p.path("id").asText()));
        assertThat(ids).contains(SandboxSeed.ACC_PROJECT_ID, SandboxSeed.ACC_OTHER_PROJECT_ID);
        assertThat(json.readTree(byEmail.out())).isEqualTo(projects);
    }

    @Test
    void userProjectsForAnEmailNobodyHasIsExitThree() {
        Cli.Result r = acc("user-projects", "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--email", "lee@example.com");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("no user of account");
    }

    @Test
    void theUserOrTheEmailIsRequiredButNotBoth() {
        assertThat(acc("user-projects", "--account", SandboxSeed.BIM360_ACCOUNT_ID).exitCode()).isEqualTo(2);
        assertThat(acc("remove-project-user", "--project", PROJECT, "--user", ANN, "--email", "a@b.c").exitCode())
                .isEqualTo(2);
    }

    @Test
    void anUnreachableServerIsExitFour() {
        String closed = base;
        sandbox.close();
        sandbox = RosterSandbox.builder().port(0).token("cli-token").build().start();

        Cli.Result r = Cli.run("acc", "list-project-users", "--project", PROJECT, "--base-url", closed,
                "--token", "cli-token", "--max-attempts", "1");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    }
}
