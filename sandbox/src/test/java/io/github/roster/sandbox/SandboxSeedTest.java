package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_NOT_INVITED_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_OTHER_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_PENDING_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_OTHER_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_VENDOR_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.specs.RosterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed matches its public ids, conforms to the specs' response schemas, and is fresh per sandbox. */
class SandboxSeedTest extends SandboxTestBase {

    private static void assertConformsAs(RosterSpec spec, String path, Request.Method method, int status, JsonNode user) {
        ValidationReport report = SpecConformance.reportBody(spec, path, method, status, user.toString());
        assertThat(report.getMessages()).as(user.toString())
                .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR).isEmpty();
    }

    @Test
    void bim360IdsResolveWithTheirStatuses() {
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("status").asText()).isEqualTo("active");
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("company_id").asText())
                .isEqualTo(BIM360_COMPANY_ID);
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_PENDING_USER_ID).path("status").asText())
                .isEqualTo("pending");
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_NOT_INVITED_USER_ID).path("status").asText())
                .isEqualTo("not_invited");
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_NOT_INVITED_USER_ID).path("company_id").asText())
                .isEqualTo(BIM360_OTHER_COMPANY_ID);
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, "00000000-0000-4000-8000-000000000000").isMissingNode())
                .isTrue();
    }

    @Test
    void accProjectExistsWithNoImports() {
        assertThat(state().hasAccProject(ACC_PROJECT_ID)).isTrue();
        assertThat(state().accImports(ACC_PROJECT_ID)).isEmpty();
    }

    @Test
    void projectMembersAreTheAccountUsersWithTheirEmails() {
        JsonNode john = state().accProjectMember(ACC_PROJECT_ID, BIM360_USER_ID);
        assertThat(john.path("email").asText()).isEqualTo("john.smith@mail.com");
        assertThat(john.path("autodeskId").asText()).isEqualTo(SandboxSeed.BIM360_USER_AUTODESK_ID);
        assertThat(state().accProjectMember(SandboxSeed.ACC_OTHER_PROJECT_ID, SandboxSeed.BIM360_USER_AUTODESK_ID)
                .path("id").asText()).isEqualTo(BIM360_USER_ID);
        assertThat(state().accProjectMember(SandboxSeed.ACC_OTHER_PROJECT_ID, SandboxSeed.BIM360_LEE_ANN_ID)
                .path("status").asText()).isEqualTo("deleted");
        assertThat(state().accProjectMember(ACC_PROJECT_ID, BIM360_PENDING_USER_ID).path("status").asText())
                .isEqualTo("pending");
    }

    @Test
    void seededMembersConformToTheProjectUserSchema() {
        String path = "/construction/admin/v1/projects/" + ACC_PROJECT_ID + "/users/" + BIM360_USER_ID;
        for (String userId : List.of(BIM360_USER_ID, SandboxSeed.BIM360_ANN_LEE_ID, BIM360_PENDING_USER_ID)) {
            assertConformsAs(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.GET, 200,
                    state().accProjectMember(ACC_PROJECT_ID, userId));
        }
    }

    @Test
    void procoreIdsResolve() {
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, SandboxSeed.PROCORE_INACTIVE_USER_ID).path("is_active")
                .asBoolean(true)).isFalse();
        JsonNode user = state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID);
        assertThat(user.path("id").asLong()).isEqualTo(PROCORE_USER_ID);
        assertThat(user.path("vendor").path("id").asLong()).isEqualTo(PROCORE_VENDOR_ID);
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID).path("name").asText())
                .isEqualTo("Maria Garcia");
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, 1L).isMissingNode()).isTrue();
    }

    @Test
    void seededUsersConformToTheResponseSchemas() {
        for (String userId : List.of(BIM360_USER_ID, BIM360_PENDING_USER_ID, BIM360_NOT_INVITED_USER_ID,
                SandboxSeed.BIM360_ANN_LEE_ID, SandboxSeed.BIM360_JOANN_LEE_ID, SandboxSeed.BIM360_LEE_ANN_ID)) {
            assertConformsAs(RosterSpec.AUTODESK_ACCOUNT_ADMIN, SandboxClient.bim360UserPath(BIM360_ACCOUNT_ID, userId),
                    Request.Method.PATCH, 200, state().bim360User(BIM360_ACCOUNT_ID, userId));
        }
        for (long userId : List.of(PROCORE_USER_ID, PROCORE_OTHER_USER_ID, SandboxSeed.PROCORE_INACTIVE_USER_ID,
                SandboxSeed.PROCORE_ANN_LEE_ID, SandboxSeed.PROCORE_JOANN_LEE_ID)) {
            assertConformsAs(RosterSpec.PROCORE_DIRECTORY, SandboxClient.procoreUserPath(PROCORE_COMPANY_ID, userId),
                    Request.Method.PATCH, 200, state().procoreUser(PROCORE_COMPANY_ID, userId));
        }
    }

    @Test
    void eachSandboxStartsFromTheSeed() {
        send(client.json("PATCH", SandboxClient.bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID),
                "{\"status\": \"inactive\"}"));
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("status").asText()).isEqualTo("inactive");
        try (RosterSandbox other = RosterSandbox.builder().build().start()) {
            assertThat(other.state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("status").asText())
                    .isEqualTo("active");
        }
    }

    @Test
    void readsHandOutCopies() {
        JsonNode user = state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID);
        ((ObjectNode) user).put("status", "inactive");
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("status").asText()).isEqualTo("active");
    }
}
