package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_JOANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_LEE_ANN_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BIM 360 account users: list, search (fuzzy and OR by default), create and import, all over one world: a
 * created or imported user is searched, listed and read.
 */
class AccountUsersLifecycleTest extends SandboxTestBase {

    private static final String USERS = "/hq/v1/accounts/" + BIM360_ACCOUNT_ID + "/users";
    private static final String SEARCH = USERS + "/search";
    private static final String IMPORT = USERS + "/import";

    private HttpResponse<String> get(String path, String query) {
        HttpResponse<String> response = send(client.get(path + query));
        if (response.statusCode() == 200) {
            SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.GET, response);
        }
        return response;
    }

    private static List<String> ids(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        body(response).forEach(user -> ids.add(user.path("id").asText()));
        return ids;
    }

    private static List<String> emails(HttpResponse<String> response) {
        List<String> emails = new ArrayList<>();
        body(response).forEach(user -> emails.add(user.path("email").asText()));
        return emails;
    }

    private HttpResponse<String> post(String path, String json) {
        HttpResponse<String> response = send(client.json("POST", path, json));
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.POST, response);
        return response;
    }

    @Test
    void listIsABareArrayInCreationOrder() {
        HttpResponse<String> response = get(USERS, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).isArray()).isTrue();
        assertThat(ids(response)).startsWith(BIM360_USER_ID).contains(BIM360_ANN_LEE_ID, BIM360_JOANN_LEE_ID);
        assertThat(response.headers().firstValue("Link")).isEmpty();
        assertThat(response.headers().firstValue("Total")).isEmpty();
    }

    @Test
    void limitAndOffsetPageTheList() {
        List<String> all = ids(get(USERS, "?limit=100"));

        assertThat(ids(get(USERS, "?limit=2"))).isEqualTo(all.subList(0, 2));
        assertThat(ids(get(USERS, "?limit=2&offset=2"))).isEqualTo(all.subList(2, 4));
        assertThat(ids(get(USERS, "?limit=100&offset=" + all.size()))).isEmpty();
    }

    @Test
    void limitAbove100IsRefused() {
        assertThat(get(USERS, "?limit=101").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownAccountIs404() {
        HttpResponse<String> response = get("/hq/v1/accounts/" + UUID.randomUUID() + "/users", "");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("code").asInt()).isEqualTo(1004);
    }

    @Test
    void searchIsFuzzyByDefault() {
        HttpResponse<String> response = get(SEARCH, "?email=ann.lee@example.com");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(emails(response)).containsExactly("ann.lee@example.com", "joann.lee@example.com");
    }

    @Test
    void searchWithoutPartialMatchesTheWholeValueIgnoringCase() {
        assertThat(ids(get(SEARCH, "?email=ANN.LEE@example.com&partial=false"))).containsExactly(BIM360_ANN_LEE_ID);
        assertThat(ids(get(SEARCH, "?email=ann.lee&partial=false"))).isEmpty();
    }

    @Test
    void searchCriteriaJoinWithOrByDefaultAndWithAndWhenAsked() {
        String criteria = "?email=ann.lee@example.com&company_name=Contoso%20Builders&partial=false";

        assertThat(ids(get(SEARCH, criteria)))
                .containsExactlyInAnyOrder(BIM360_ANN_LEE_ID, BIM360_JOANN_LEE_ID, BIM360_LEE_ANN_ID,
                        SandboxSeed.BIM360_NOT_INVITED_USER_ID);
        assertThat(ids(get(SEARCH, criteria + "&operator=AND"))).isEmpty();
        assertThat(ids(get(SEARCH, "?email=joann.lee@example.com&company_name=Contoso%20Builders&partial=false"
                + "&operator=AND"))).containsExactly(BIM360_JOANN_LEE_ID);
    }

    @Test
    void searchByNameIsPagedLikeTheList() {
        List<String> all = ids(get(SEARCH, "?name=lee"));

        assertThat(all).containsExactly(BIM360_ANN_LEE_ID, BIM360_JOANN_LEE_ID, BIM360_LEE_ANN_ID);
        assertThat(ids(get(SEARCH, "?name=lee&limit=2"))).isEqualTo(all.subList(0, 2));
        assertThat(ids(get(SEARCH, "?name=lee&limit=2&offset=2"))).isEqualTo(all.subList(2, 3));
    }

    @Test
    void createdUserIsFoundBySearchListedAndRead() {
        HttpResponse<String> created = post(USERS, "{\"email\": \"Jane.Doe@example.com\", \"first_name\": \"Jane\","
                + " \"last_name\": \"Doe\", \"company_id\": \"" + SandboxSeed.BIM360_COMPANY_ID + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode user = body(created);
        String id = user.path("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(user.path("status").asText()).isEqualTo("not_invited");
        assertThat(user.path("role").asText()).isEqualTo("account_user");
        assertThat(user.path("account_id").asText()).isEqualTo(BIM360_ACCOUNT_ID);
        assertThat(user.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(user.path("company_name").asText()).isEqualTo("Autodesk");
        assertThat(user.path("created_at").asText()).isEqualTo("2026-11-23T10:15:20.000Z");
        assertThat(user.path("updated_at").asText()).isEqualTo("2026-11-23T10:15:20.000Z");

        assertThat(ids(get(SEARCH, "?email=jane.doe@example.com&partial=false"))).containsExactly(id);
        List<String> listed = ids(get(USERS, "?limit=100"));
        assertThat(listed.get(listed.size() - 1)).isEqualTo(id);
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, id)).isEqualTo(user);
    }

    @Test
    void deactivationShowsInListAndSearch() {
        send(client.json("PATCH", USERS + "/" + BIM360_USER_ID, "{\"status\": \"inactive\"}"));

        assertThat(body(get(SEARCH, "?email=john.smith@mail.com&partial=false")).get(0).path("status").asText())
                .isEqualTo("inactive");
        assertThat(body(get(USERS, "?limit=1")).get(0).path("status").asText()).isEqualTo("inactive");
    }

    @Test
    void createWithAnEmailTheAccountHasIs409() {
        HttpResponse<String> response = post(USERS, "{\"email\": \"JOHN.SMITH@mail.com\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(body(response).path("message").asText()).contains("JOHN.SMITH@mail.com");
        assertThat(ids(get(SEARCH, "?email=john.smith@mail.com&partial=false"))).containsExactly(BIM360_USER_ID);
    }

    @Test
    void createWithoutEmailIsRefusedBeforeAnythingIsStored() {
        int before = ids(get(USERS, "?limit=100")).size();

        HttpResponse<String> response = send(client.json("POST", USERS, "{\"first_name\": \"Nomail\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("message").asText()).contains("email");
        assertThat(ids(get(USERS, "?limit=100"))).hasSize(before);
    }

    @Test
    void importCreatesWhatItCanAndNamesEachFailure() {
        HttpResponse<String> response = post(IMPORT, "[{\"email\": \"max.muster@example.com\", \"first_name\": \"Max\"},"
                + " {\"email\": \"John.Smith@mail.com\"}, {\"email\": \"MAX.muster@example.com\"}]");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode result = body(response);
        assertThat(result.path("success").asInt()).isEqualTo(1);
        assertThat(result.path("failure").asInt()).isEqualTo(2);
        JsonNode created = result.path("success_items").get(0);
        assertThat(created.path("email").asText()).isEqualTo("max.muster@example.com");
        assertThat(created.path("status").asText()).isEqualTo("not_invited");
        assertThat(result.path("failure_items").get(0).path("item").path("email").asText())
                .isEqualTo("John.Smith@mail.com");
        assertThat(result.path("failure_items").get(0).path("error").asText())
                .isEqualTo(ImportAccountUsersHandler.EMAIL_IN_USE);
        assertThat(result.path("failure_items").get(1).path("item").path("email").asText())
                .isEqualTo("MAX.muster@example.com");
        assertThat(result.path("failure_items").get(1).path("error").asText())
                .isEqualTo(ImportAccountUsersHandler.EMAIL_REPEATED);
        assertThat(ids(get(SEARCH, "?email=max.muster@example.com&partial=false")))
                .containsExactly(created.path("id").asText());
    }

    @Test
    void importOfMoreThan50IsRefusedWhole() {
        StringBuilder users = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            users.append(i == 0 ? "" : ",").append("{\"email\": \"bulk").append(i).append("@example.com\"}");
        }
        HttpResponse<String> response = send(client.json("POST", IMPORT, users.append("]").toString()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ids(get(SEARCH, "?email=bulk0@example.com&partial=false"))).isEmpty();
    }

    @Test
    void pagesOfTwoOverFiveUsersAreTwoTwoOne(@TempDir Path directory) {
        try (RosterSandbox seeded = RosterSandbox.builder().seed(SeedFiles.write(directory, 5)).build().start()) {
            SandboxClient five = new SandboxClient(seeded);
            String path = "/hq/v1/accounts/" + SeedFiles.ACCOUNT_ID + "/users";
            List<Integer> sizes = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (int offset = 0; offset <= 4; offset += 2) {
                HttpResponse<String> page = five.send(five.get(path + "?limit=2&offset=" + offset));
                SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.GET, page);
                sizes.add(body(page).size());
                seen.addAll(ids(page));
            }
            assertThat(sizes).containsExactly(2, 2, 1);
            assertThat(seen).containsExactly(SeedFiles.accountUserId(0), SeedFiles.accountUserId(1),
                    SeedFiles.accountUserId(2), SeedFiles.accountUserId(3), SeedFiles.accountUserId(4));
        }
    }
}
