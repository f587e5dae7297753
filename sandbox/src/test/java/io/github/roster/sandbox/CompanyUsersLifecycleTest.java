package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_ANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_INACTIVE_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_JOANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_OTHER_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Procore company users over one world: the list holds active users only, deactivation moves a user to the
 * inactive list and reactivation back, create and show agree, and paging follows {@code Link}.
 */
class CompanyUsersLifecycleTest extends SandboxTestBase {

    private static final String USERS = "/rest/v1.3/companies/" + PROCORE_COMPANY_ID + "/users";
    private static final String INACTIVE = "/rest/v1.0/companies/" + PROCORE_COMPANY_ID + "/users/inactive";
    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"([a-z]+)\"");

    private HttpResponse<String> call(String method, String path, String query, String json) {
        HttpResponse<String> response = send(client.procore(method, PROCORE_COMPANY_ID, path + query, json));
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, path, Request.Method.valueOf(method), response);
        return response;
    }

    private HttpResponse<String> list(String query) {
        return call("GET", USERS, query, null);
    }

    private static List<Long> ids(HttpResponse<String> response) {
        List<Long> ids = new ArrayList<>();
        body(response).forEach(user -> ids.add(user.path("id").asLong()));
        return ids;
    }

    private static List<String> rels(HttpResponse<String> response) {
        List<String> rels = new ArrayList<>();
        Matcher matcher = LINK.matcher(response.headers().firstValue("Link").orElse(""));
        while (matcher.find()) {
            rels.add(matcher.group(2));
        }
        return rels;
    }

    private HttpResponse<String> deactivate(long userId, String lastName, String email) {
        return send(client.procoreJson(PROCORE_COMPANY_ID, userId, "{\"user\": {\"last_name\": \"" + lastName
                + "\", \"email_address\": \"" + email + "\", \"is_active\": false}}"));
    }

    @Test
    void listHoldsActiveUsersOnlyWithPagingHeaders() {
        HttpResponse<String> response = list("");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(PROCORE_USER_ID, PROCORE_OTHER_USER_ID, PROCORE_ANN_LEE_ID,
                PROCORE_JOANN_LEE_ID);
        assertThat(response.headers().firstValue("Total")).hasValue("4");
        assertThat(response.headers().firstValue("Per-Page")).hasValue("100");
        assertThat(rels(response)).containsExactly("first", "last");
        assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).isPresent();
    }

    @Test
    void searchIsFuzzyOverNamesEmailAndJobTitle() {
        assertThat(ids(list("?filters[search]=ann.lee@example.com")))
                .containsExactly(PROCORE_ANN_LEE_ID, PROCORE_JOANN_LEE_ID);
        assertThat(ids(list("?filters[search]=LEE"))).containsExactly(PROCORE_ANN_LEE_ID, PROCORE_JOANN_LEE_ID);
        assertThat(ids(list("?filters[search]=field%20engineer"))).containsExactly(PROCORE_OTHER_USER_ID);
        assertThat(ids(list("?filters[search]=garc"))).containsExactly(PROCORE_OTHER_USER_ID);
        assertThat(list("?filters[search]=lee").headers().firstValue("Total")).hasValue("2");
    }

    @Test
    void originIdFilterIsExact() {
        assertThat(ids(list("?filters[origin_id]=E-1101"))).containsExactly(PROCORE_ANN_LEE_ID);
        assertThat(ids(list("?filters[origin_id]=E-110"))).isEmpty();
        assertThat(ids(list("?filters[origin_id]=E-0999"))).isEmpty();
    }

    @Test
    void vendorFilterTakesACommaList() {
        assertThat(ids(list("?filters[vendor_id]=" + SandboxSeed.PROCORE_VENDOR_ID + ",1")))
                .containsExactly(PROCORE_USER_ID);
    }

    @Test
    void timeRangeFiltersKeepUsersWhoseTimeIsInside() {
        assertThat(ids(list("?filters[created_at]=2024-04-10...2024-04-11")))
                .containsExactly(PROCORE_ANN_LEE_ID, PROCORE_JOANN_LEE_ID);
        assertThat(ids(list("?filters[created_at]=2024-04-10T08:00:00Z...2024-04-10T08:00:00Z")))
                .containsExactly(PROCORE_ANN_LEE_ID);
        assertThat(ids(list("?filters[updated_at]=2026-10-01T00:00:00%2B00:00...2026-12-31")))
                .containsExactly(PROCORE_USER_ID);
    }

    @Test
    void anUnreadableTimeRangeIs400NamingTheFilter() {
        HttpResponse<String> response = list("?filters[updated_at]=yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("errors").path("filters[updated_at]").get(0).asText()).contains("yesterday");
    }

    @Test
    void deactivationMovesAUserToTheInactiveListAndReactivationBack() {
        assertThat(deactivate(PROCORE_ANN_LEE_ID, "Lee", "ann.lee@example.com").statusCode()).isEqualTo(200);

        assertThat(ids(list(""))).doesNotContain(PROCORE_ANN_LEE_ID);
        HttpResponse<String> inactive = call("GET", INACTIVE, "", null);
        assertThat(ids(inactive)).containsExactly(PROCORE_INACTIVE_USER_ID, PROCORE_ANN_LEE_ID);
        assertThat(inactive.headers().firstValue("Total")).hasValue("2");
        assertThat(body(inactive).get(1).path("links").path("reactivate").asText())
                .isEqualTo(INACTIVE + "/" + PROCORE_ANN_LEE_ID);
        assertThat(body(call("GET", USERS + "/" + PROCORE_ANN_LEE_ID, "", null)).path("is_active").asBoolean())
                .isFalse();

        HttpResponse<String> reactivated = call("PATCH", INACTIVE + "/" + PROCORE_ANN_LEE_ID, "", null);
        assertThat(reactivated.statusCode()).isEqualTo(200);
        assertThat(body(reactivated).path("is_active").asBoolean()).isTrue();
        assertThat(body(reactivated).has("links")).isFalse();
        assertThat(ids(list(""))).contains(PROCORE_ANN_LEE_ID);
        assertThat(ids(call("GET", INACTIVE, "", null))).containsExactly(PROCORE_INACTIVE_USER_ID);
    }

    @Test
    void theUnfilteredListFollowsEveryChangeMadeAfterItWasRead() {
        assertThat(ids(list(""))).contains(PROCORE_ANN_LEE_ID);
        assertThat(deactivate(PROCORE_ANN_LEE_ID, "Lee", "ann.lee@example.com").statusCode()).isEqualTo(200);
        assertThat(ids(list(""))).doesNotContain(PROCORE_ANN_LEE_ID);
        assertThat(list("").headers().firstValue("Total")).hasValue(Integer.toString(ids(list("")).size()));

        HttpResponse<String> created = call("POST", USERS, "", "{\"user\": {\"last_name\": \"Doe\","
                + " \"email_address\": \"jane.doe@example.com\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(ids(list(""))).endsWith(body(created).path("id").asLong());

        assertThat(call("PATCH", INACTIVE + "/" + PROCORE_ANN_LEE_ID, "", null).statusCode()).isEqualTo(200);
        assertThat(ids(list(""))).contains(PROCORE_ANN_LEE_ID);
    }

    @Test
    void reactivatingAnActiveUserChangesNothingAndAnUnknownOneIs404() {
        JsonNode before = state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID);

        HttpResponse<String> active = call("PATCH", INACTIVE + "/" + PROCORE_USER_ID, "", null);
        HttpResponse<String> unknown = call("PATCH", INACTIVE + "/42", "", null);

        assertThat(active.statusCode()).isEqualTo(200);
        assertThat(body(active)).isEqualTo(before);
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID)).isEqualTo(before);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void showAnswersActiveAndInactiveUsers() {
        HttpResponse<String> inactive = call("GET", USERS + "/" + PROCORE_INACTIVE_USER_ID, "", null);

        assertThat(inactive.statusCode()).isEqualTo(200);
        assertThat(body(inactive).path("email_address").asText()).isEqualTo("former@example.com");
        assertThat(body(inactive).path("is_active").asBoolean()).isFalse();
        assertThat(body(call("GET", USERS + "/" + PROCORE_USER_ID, "", null)))
                .isEqualTo(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID));
        assertThat(call("GET", USERS + "/42", "", null).statusCode()).isEqualTo(404);
        assertThat(send(client.procore("GET", 1L, "/rest/v1.3/companies/1/users/" + PROCORE_USER_ID, null))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void createdUserIsShownAndListed() {
        HttpResponse<String> created = call("POST", USERS, "", "{\"user\": {\"first_name\": \"Jane\", \"last_name\":"
                + " \"Doe\", \"email_address\": \"jane.doe@example.com\", \"origin_id\": \"E-2002\","
                + " \"vendor_id\": " + SandboxSeed.PROCORE_VENDOR_ID + "}}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode user = body(created);
        long id = user.path("id").asLong();
        assertThat(id).isGreaterThan(Integer.MAX_VALUE);
        assertThat(user.path("is_active").asBoolean()).isTrue();
        assertThat(user.path("name").asText()).isEqualTo("Jane Doe");
        assertThat(user.path("vendor").path("id").asLong()).isEqualTo(SandboxSeed.PROCORE_VENDOR_ID);
        assertThat(user.path("created_at").asText()).isEqualTo("2026-11-23T10:15:20Z");
        assertThat(body(call("GET", USERS + "/" + id, "", null))).isEqualTo(user);
        assertThat(ids(list("?filters[origin_id]=E-2002"))).containsExactly(id);
    }

    @Test
    void createdInactiveUserIsInTheInactiveList() {
        HttpResponse<String> created = call("POST", USERS, "", "{\"user\": {\"last_name\": \"Later\","
                + " \"email_address\": \"later@example.com\", \"is_active\": false}}");

        long id = body(created).path("id").asLong();
        assertThat(ids(list(""))).doesNotContain(id);
        assertThat(ids(call("GET", INACTIVE, "", null))).contains(id);
    }

    @Test
    void createWithATakenEmailIs422EvenWhenItsOwnerIsInactive() {
        HttpResponse<String> response = call("POST", USERS, "", "{\"user\": {\"last_name\": \"Again\","
                + " \"email_address\": \"Former@Example.com\"}}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body(response).path("errors").path("email_address").get(0).asText())
                .isEqualTo("has already been taken");
        assertThat(call("GET", INACTIVE, "", null).headers().firstValue("Total")).hasValue("1");
    }

    @Test
    void createWithoutLastNameIsRefusedNamingTheField() {
        HttpResponse<String> response = send(client.procore("POST", PROCORE_COMPANY_ID, USERS,
                "{\"user\": {\"email_address\": \"nolast@example.com\"}}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("last_name");
        assertThat(ids(list("?filters[search]=nolast"))).isEmpty();
    }

    @Test
    void pagesOfTwoOverFiveUsersAreTwoTwoOneFollowingLink(@TempDir Path directory) {
        try (RosterSandbox seeded = RosterSandbox.builder().seed(SeedFiles.write(directory, 5)).build().start()) {
            SandboxClient five = new SandboxClient(seeded);
            String path = "/rest/v1.3/companies/" + SeedFiles.COMPANY_ID + "/users";
            List<Integer> sizes = new ArrayList<>();
            List<List<String>> rels = new ArrayList<>();
            List<Long> seen = new ArrayList<>();
            String next = path + "?per_page=2";
            while (next != null) {
                HttpResponse<String> page = five.send(five.procore("GET", SeedFiles.COMPANY_ID, next, null));
                SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, path, Request.Method.GET, page);
                assertThat(page.headers().firstValue("Total")).hasValue("5");
                assertThat(page.headers().firstValue("Per-Page")).hasValue("2");
                sizes.add(body(page).size());
                seen.addAll(ids(page));
                rels.add(rels(page));
                next = null;
                Matcher link = LINK.matcher(page.headers().firstValue("Link").orElseThrow());
                while (link.find()) {
                    assertThat(link.group(1)).startsWith("http://127.0.0.1:" + seeded.port() + path + "?")
                            .contains("per_page=2");
                    if (link.group(2).equals("next")) {
                        next = link.group(1).substring(seeded.baseUrl().toString().length());
                    }
                    if (link.group(2).equals("last")) {
                        assertThat(link.group(1)).contains("page=3");
                    }
                }
            }
            assertThat(sizes).containsExactly(2, 2, 1);
            assertThat(rels).containsExactly(List.of("first", "next", "last"), List.of("first", "prev", "next", "last"),
                    List.of("first", "prev", "last"));
            assertThat(seen).hasSize(5).doesNotHaveDuplicates();
            assertThat(seen.get(0)).isEqualTo(SeedFiles.FIRST_PROCORE_ID);
        }
    }
}
