package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_OTHER_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_JOANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_LEE_ANN_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_PENDING_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_AUTODESK_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACC project users over one world: users:import adds members that the list returns, a removal hides the
 * member unless {@code deleted} is asked for, text filters honour {@code filterTextMatch}, paging follows
 * {@code pagination}.
 */
class ProjectUsersLifecycleTest extends SandboxTestBase {

    private static String users(String projectId) {
        return "/construction/admin/v1/projects/" + projectId + "/users";
    }

    private static String user(String projectId, String userId) {
        return users(projectId) + "/" + userId;
    }

    private HttpResponse<String> call(String method, String path, String query, String json) {
        HttpResponse<String> response = send(json == null
                ? client.request(path + query).header("Authorization", "Bearer t")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                : client.json(method, path + query, json));
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.valueOf(method),
                response);
        return response;
    }

    private HttpResponse<String> list(String projectId, String query) {
        return call("GET", users(projectId), query, null);
    }

    private static List<String> ids(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        body(response).path("results").forEach(member -> ids.add(member.path("id").asText()));
        return ids;
    }

    private static String importOf(String email, String access) {
        return "{\"users\": [{\"email\": \"" + email + "\", \"firstName\": \"New\", \"lastName\": \"Member\","
                + " \"products\": [{\"key\": \"docs\", \"access\": \"" + access + "\"}]}]}";
    }

    @Test
    void listHidesRemovedMembersAndCarriesPagination() {
        HttpResponse<String> response = list(ACC_OTHER_PROJECT_ID, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(BIM360_USER_ID, BIM360_JOANN_LEE_ID);
        JsonNode pagination = body(response).path("pagination");
        assertThat(pagination.path("limit").asInt()).isEqualTo(20);
        assertThat(pagination.path("offset").asInt()).isZero();
        assertThat(pagination.path("totalResults").asInt()).isEqualTo(2);
        assertThat(pagination.path("nextUrl").asText()).isEmpty();
        assertThat(pagination.path("previousUrl").asText()).isEmpty();
        assertThat(ids(list(ACC_OTHER_PROJECT_ID, "?filter[status]=deleted"))).containsExactly(BIM360_LEE_ANN_ID);
        assertThat(ids(list(ACC_OTHER_PROJECT_ID, "?filter[status]=active,pending,deleted")))
                .containsExactly(BIM360_USER_ID, BIM360_JOANN_LEE_ID, BIM360_LEE_ANN_ID);
    }

    @Test
    void pendingMembersAreListedByDefault() {
        assertThat(ids(list(ACC_PROJECT_ID, ""))).containsExactly(BIM360_USER_ID, BIM360_ANN_LEE_ID,
                BIM360_PENDING_USER_ID);
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[status]=active"))).containsExactly(BIM360_USER_ID,
                BIM360_ANN_LEE_ID);
    }

    @Test
    void importedUsersAreActiveMembersLinkedToTheirAccountUser() {
        HttpResponse<String> imported = send(client.json("POST", accImportPath(ACC_PROJECT_ID),
                importOf("Joann.Lee@example.com", "member")));
        assertThat(imported.statusCode()).isEqualTo(202);

        HttpResponse<String> response = list(ACC_PROJECT_ID, "?filter[email]=joann.lee@example.com"
                + "&filterTextMatch=equals");
        JsonNode member = body(response).path("results").get(0);
        assertThat(ids(response)).containsExactly(BIM360_JOANN_LEE_ID);
        assertThat(member.path("status").asText()).isEqualTo("active");
        assertThat(member.path("email").asText()).isEqualTo("joann.lee@example.com");
        assertThat(member.path("autodeskId").asText()).isEqualTo("JOANNL3E9PRT");
        assertThat(member.path("products").get(0).path("key").asText()).isEqualTo("docs");
        assertThat(member.path("addedOn").asText()).isEqualTo("2026-11-23T10:15:20Z");
        assertThat(state().accImportedEmails(ACC_PROJECT_ID)).containsExactly("Joann.Lee@example.com");
    }

    @Test
    void importOfAnUnknownEmailAddsAPendingAccountUserAndAMember() {
        send(client.json("POST", accImportPath(ACC_PROJECT_ID), importOf("newcomer@example.com", "member")));

        JsonNode member = body(list(ACC_PROJECT_ID, "?filter[email]=newcomer")).path("results").get(0);
        JsonNode accountUser = state().bim360User(BIM360_ACCOUNT_ID, member.path("id").asText());
        assertThat(accountUser.path("email").asText()).isEqualTo("newcomer@example.com");
        assertThat(accountUser.path("status").asText()).isEqualTo("pending");
        assertThat(accountUser.path("uid").asText()).isEqualTo(member.path("autodeskId").asText()).hasSize(12);
        assertThat(member.path("name").asText()).isEqualTo("New Member");
    }

    @Test
    void importOfAMemberUpdatesItInsteadOfAddingASecond() {
        send(client.json("POST", accImportPath(ACC_PROJECT_ID), importOf("ann.lee@example.com", "administrator")));

        HttpResponse<String> response = list(ACC_PROJECT_ID, "");
        assertThat(ids(response)).containsExactly(BIM360_USER_ID, BIM360_ANN_LEE_ID, BIM360_PENDING_USER_ID);
        assertThat(state().accProjectMember(ACC_PROJECT_ID, BIM360_ANN_LEE_ID).path("products").get(0)
                .path("access").asText()).isEqualTo("administrator");
        assertThat(state().accProjectMember(ACC_PROJECT_ID, BIM360_ANN_LEE_ID).path("addedOn").asText())
                .isEqualTo("2024-04-10T08:30:00Z");
        assertThat(state().accProjectMember(ACC_PROJECT_ID, BIM360_ANN_LEE_ID).path("roleIds")).hasSize(1);
    }

    @Test
    void textFiltersHonourFilterTextMatchIgnoringCase() {
        send(client.json("POST", accImportPath(ACC_PROJECT_ID), importOf("joann.lee@example.com", "member")));

        assertThat(ids(list(ACC_PROJECT_ID, "?filter[email]=ANN.LEE@example.com")))
                .containsExactly(BIM360_ANN_LEE_ID, BIM360_JOANN_LEE_ID);
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[email]=ann.lee@example.com&filterTextMatch=equals")))
                .containsExactly(BIM360_ANN_LEE_ID);
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[email]=jo&filterTextMatch=startsWith")))
                .containsExactly(BIM360_USER_ID, BIM360_JOANN_LEE_ID);
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[email]=@mail.com&filterTextMatch=endsWith")))
                .containsExactly(BIM360_USER_ID, BIM360_PENDING_USER_ID);
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[name]=new%20member"))).containsExactly(BIM360_JOANN_LEE_ID);
    }

    @Test
    void idAndAutodeskIdFiltersTakeCommaLists() {
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[id]=" + BIM360_ANN_LEE_ID + "," + BIM360_PENDING_USER_ID)))
                .containsExactly(BIM360_ANN_LEE_ID, BIM360_PENDING_USER_ID);
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[autodeskId]=" + BIM360_USER_AUTODESK_ID.toLowerCase()
                + ",NOSUCHID")))
                .containsExactly(BIM360_USER_ID);
    }

    @Test
    void unknownProjectIs404() {
        HttpResponse<String> response = list(UUID.randomUUID().toString(), "");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("code").asText()).isEqualTo("ERR_NOT_FOUND");
    }

    @Test
    void getFindsAMemberByAccIdOrAutodeskId() {
        HttpResponse<String> byId = call("GET", user(ACC_PROJECT_ID, BIM360_USER_ID), "", null);
        HttpResponse<String> byAutodeskId = call("GET", user(ACC_PROJECT_ID, BIM360_USER_AUTODESK_ID), "", null);

        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(body(byId).path("email").asText()).isEqualTo("john.smith@mail.com");
        assertThat(body(byAutodeskId)).isEqualTo(body(byId));
        assertThat(call("GET", user(ACC_PROJECT_ID, BIM360_JOANN_LEE_ID), "", null).statusCode()).isEqualTo(404);
        assertThat(call("GET", user(UUID.randomUUID().toString(), BIM360_USER_ID), "", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void updateReplacesTheSentFieldsAndAnswersThemWithTheId() {
        HttpResponse<String> response = call("PATCH", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "",
                "{\"products\": [{\"key\": \"projectAdministration\", \"access\": \"administrator\"}],"
                        + " \"companyId\": \"" + SandboxSeed.BIM360_OTHER_COMPANY_ID + "\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode answer = body(response);
        assertThat(answer.path("id").asText()).isEqualTo(BIM360_ANN_LEE_ID);
        assertThat(answer.path("products")).hasSize(1);
        assertThat(answer.has("email")).isFalse();
        JsonNode stored = state().accProjectMember(ACC_PROJECT_ID, BIM360_ANN_LEE_ID);
        assertThat(stored.path("products")).isEqualTo(answer.path("products"));
        assertThat(stored.path("roleIds")).hasSize(1);
        assertThat(stored.path("companyName").asText()).isEqualTo("Contoso Builders");
        assertThat(stored.path("accessLevels").path("projectAdmin").asBoolean()).isTrue();
    }

    @Test
    void updateToAnotherMembersEmailIs400AndAnUnknownMemberIs404() {
        HttpResponse<String> taken = call("PATCH", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "",
                "{\"email\": \"JOHN.SMITH@mail.com\"}");
        HttpResponse<String> unknown = call("PATCH", user(ACC_PROJECT_ID, BIM360_JOANN_LEE_ID), "",
                "{\"roleIds\": []}");

        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(state().accProjectMember(ACC_PROJECT_ID, BIM360_ANN_LEE_ID).path("email").asText())
                .isEqualTo("ann.lee@example.com");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void removedMemberIsHiddenUnlessDeletedIsAskedAndLeavesTheUsersProjects() {
        HttpResponse<String> removed = call("DELETE", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "", null);

        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(removed.body()).isEmpty();
        assertThat(ids(list(ACC_PROJECT_ID, ""))).doesNotContain(BIM360_ANN_LEE_ID);
        assertThat(ids(list(ACC_PROJECT_ID, "?filter[status]=deleted"))).containsExactly(BIM360_ANN_LEE_ID);
        assertThat(body(call("GET", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "", null)).path("status").asText())
                .isEqualTo("deleted");
        assertThat(call("PATCH", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "", "{\"roleIds\": []}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> projects = call("GET", "/construction/admin/v1/accounts/" + BIM360_ACCOUNT_ID
                + "/users/" + BIM360_ANN_LEE_ID + "/projects", "", null);
        assertThat(body(projects).path("results")).isEmpty();
    }

    @Test
    void removingTwiceIs204AndUnknownIs404() {
        call("DELETE", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "", null);

        assertThat(call("DELETE", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "", null).statusCode()).isEqualTo(204);
        assertThat(call("DELETE", user(ACC_PROJECT_ID, BIM360_JOANN_LEE_ID), "", null).statusCode()).isEqualTo(404);
    }

    @Test
    void importAfterRemovalMakesTheMemberActiveAgain() {
        call("DELETE", user(ACC_PROJECT_ID, BIM360_ANN_LEE_ID), "", null);
        send(client.json("POST", accImportPath(ACC_PROJECT_ID), importOf("ann.lee@example.com", "member")));

        assertThat(ids(list(ACC_PROJECT_ID, "?filter[id]=" + BIM360_ANN_LEE_ID))).containsExactly(BIM360_ANN_LEE_ID);
        assertThat(state().accProjectMember(ACC_PROJECT_ID, BIM360_ANN_LEE_ID).path("status").asText())
                .isEqualTo("active");
    }

    @Test
    void pagesOfTwoOverFiveMembersAreTwoTwoOneWithLinks(@TempDir Path directory) {
        try (RosterSandbox seeded = RosterSandbox.builder().seed(SeedFiles.write(directory, 5)).build().start()) {
            SandboxClient five = new SandboxClient(seeded);
            String path = users(SeedFiles.PROJECT_ID);
            List<Integer> sizes = new ArrayList<>();
            List<String> previous = new ArrayList<>();
            String next = path + "?limit=2";
            while (!next.isEmpty()) {
                HttpResponse<String> page = five.send(five.get(next));
                SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.GET, page);
                JsonNode pagination = body(page).path("pagination");
                assertThat(pagination.path("totalResults").asInt()).isEqualTo(5);
                assertThat(pagination.path("limit").asInt()).isEqualTo(2);
                sizes.add(body(page).path("results").size());
                previous.add(pagination.path("previousUrl").asText());
                String nextUrl = pagination.path("nextUrl").asText();
                if (!nextUrl.isEmpty()) {
                    assertThat(URI.create(nextUrl).getHost()).isEqualTo("127.0.0.1");
                    next = URI.create(nextUrl).getRawPath() + "?" + URI.create(nextUrl).getRawQuery();
                } else {
                    next = "";
                }
            }
            assertThat(sizes).containsExactly(2, 2, 1);
            assertThat(previous.get(0)).isEmpty();
            assertThat(previous.get(1)).contains("offset=0").contains("limit=2");
            assertThat(previous.get(2)).contains("offset=2");
        }
    }
}
