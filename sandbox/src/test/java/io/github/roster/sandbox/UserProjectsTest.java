package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_ARCHIVED_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.ACC_OTHER_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_AUTODESK_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ACC {@code listUserProjects}: the projects where a user is a member, following imports and removals. */
class UserProjectsTest extends SandboxTestBase {

    private static String path(String accountId, String userId) {
        return "/construction/admin/v1/accounts/" + accountId + "/users/" + userId + "/projects";
    }

    private HttpResponse<String> get(String accountId, String userId, String query) {
        HttpResponse<String> response = send(client.get(path(accountId, userId) + query));
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path(accountId, userId), Request.Method.GET,
                response);
        return response;
    }

    private static List<String> ids(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        body(response).path("results").forEach(project -> ids.add(project.path("id").asText()));
        return ids;
    }

    @Test
    void aUserInSeveralProjectsIsFoundByIdOrAutodeskId() {
        HttpResponse<String> byId = get(BIM360_ACCOUNT_ID, BIM360_USER_ID, "");
        HttpResponse<String> byAutodeskId = get(BIM360_ACCOUNT_ID, BIM360_USER_AUTODESK_ID, "");

        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(ids(byId)).containsExactly(ACC_PROJECT_ID, ACC_OTHER_PROJECT_ID, ACC_ARCHIVED_PROJECT_ID);
        assertThat(body(byAutodeskId)).isEqualTo(body(byId));
        JsonNode first = body(byId).path("results").get(0);
        assertThat(first.path("name").asText()).isEqualTo("Hospital Wing B");
        assertThat(first.path("platform").asText()).isEqualTo("acc");
        assertThat(first.path("accountId").asText()).isEqualTo(BIM360_ACCOUNT_ID);
        assertThat(first.path("accessLevels").path("projectAdmin").asBoolean()).isTrue();
        assertThat(first.path("accessLevels").path("projectMember").asBoolean()).isTrue();
        assertThat(body(byId).path("results").get(1).path("accessLevels").path("projectAdmin").asBoolean()).isFalse();
        assertThat(body(byId).path("pagination").path("totalResults").asInt()).isEqualTo(3);
    }

    @Test
    void filtersNarrowTheProjects() {
        assertThat(ids(get(BIM360_ACCOUNT_ID, BIM360_USER_ID, "?filter[status]=active")))
                .containsExactly(ACC_PROJECT_ID, ACC_OTHER_PROJECT_ID);
        assertThat(ids(get(BIM360_ACCOUNT_ID, BIM360_USER_ID, "?filter[platform]=bim360")))
                .containsExactly(ACC_OTHER_PROJECT_ID);
        assertThat(ids(get(BIM360_ACCOUNT_ID, BIM360_USER_ID, "?filter[name]=terminal")))
                .containsExactly(ACC_OTHER_PROJECT_ID);
        assertThat(ids(get(BIM360_ACCOUNT_ID, BIM360_USER_ID, "?filter[id]=" + ACC_ARCHIVED_PROJECT_ID)))
                .containsExactly(ACC_ARCHIVED_PROJECT_ID);
    }

    @Test
    void pagesFollowLimitAndOffset() {
        HttpResponse<String> first = get(BIM360_ACCOUNT_ID, BIM360_USER_ID, "?limit=2");
        HttpResponse<String> second = get(BIM360_ACCOUNT_ID, BIM360_USER_ID, "?limit=2&offset=2");

        assertThat(ids(first)).containsExactly(ACC_PROJECT_ID, ACC_OTHER_PROJECT_ID);
        assertThat(body(first).path("pagination").path("nextUrl").asText()).contains("offset=2");
        assertThat(ids(second)).containsExactly(ACC_ARCHIVED_PROJECT_ID);
        assertThat(body(second).path("pagination").path("nextUrl").asText()).isEmpty();
    }

    @Test
    void importAndRemovalChangeTheUsersProjects() {
        assertThat(ids(get(BIM360_ACCOUNT_ID, BIM360_ANN_LEE_ID, ""))).containsExactly(ACC_PROJECT_ID);

        send(client.json("POST", accImportPath(ACC_OTHER_PROJECT_ID), "{\"users\": [{\"email\": \"ann.lee@example.com\","
                + " \"products\": [{\"key\": \"docs\", \"access\": \"member\"}]}]}"));
        assertThat(ids(get(BIM360_ACCOUNT_ID, BIM360_ANN_LEE_ID, ""))).containsExactly(ACC_PROJECT_ID,
                ACC_OTHER_PROJECT_ID);

        send(client.request("/construction/admin/v1/projects/" + ACC_PROJECT_ID + "/users/" + BIM360_ANN_LEE_ID)
                .header("Authorization", "Bearer t").DELETE());
        assertThat(ids(get(BIM360_ACCOUNT_ID, BIM360_ANN_LEE_ID, ""))).containsExactly(ACC_OTHER_PROJECT_ID);
    }

    @Test
    void aUserWithoutProjectsHasAnEmptyPage() {
        HttpResponse<String> response = get(BIM360_ACCOUNT_ID, SandboxSeed.BIM360_NOT_INVITED_USER_ID, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids(response)).isEmpty();
        assertThat(body(response).path("pagination").path("totalResults").asInt()).isZero();
    }

    @Test
    void unknownUserOrAccountIs404() {
        assertThat(get(BIM360_ACCOUNT_ID, "NOSUCHUSER", "").statusCode()).isEqualTo(404);
        assertThat(get(UUID.randomUUID().toString(), BIM360_USER_ID, "").statusCode()).isEqualTo(404);
    }
}
