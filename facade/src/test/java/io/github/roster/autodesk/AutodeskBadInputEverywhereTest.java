package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every ACC/BIM 360 call names each bad input (ids, e-mails, page sizes, filter lengths) and sends nothing. */
class AutodeskBadInputEverywhereTest {

    private static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    private static final String PROJECT = AccUsers.PROJECT;
    private static final String LONGEST = "x".repeat(243) + "@example.com";

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = TestServers.autodesk(server);

    @AfterEach
    void close() {
        client.close();
    }

    private void refused(ThrowingCallable call, String... paths) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(paths));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void projectMemberCallsNameTheProjectTheMemberAndTheEmail() {
        refused(() -> client.getProjectUserWithResponse("not-a-project", " "), "projectId", "userId");
        refused(() -> client.getProjectUserWithResponse(PROJECT, "a b"), "userId");
        refused(() -> client.removeProjectUserByEmail("nope", null), "projectId", "email");
        refused(() -> client.removeProjectUserByEmail(PROJECT, LONGEST + "x"), "email");
        refused(() -> client.listUserProjectsByEmail("nope", " "), "accountId", "email");
        refused(() -> client.listUserProjectsByEmail(ACCOUNT, LONGEST + "x"), "email");
        refused(() -> client.listUserProjectsPage("nope", "", PageRequest.first(10)), "accountId", "userId");
        refused(() -> client.listUserProjectsPage(ACCOUNT, "u1", PageRequest.first(201)), "limit");
        refused(() -> client.listUserProjectsPage(ACCOUNT, "u1", null), "query");
    }

    @Test
    void aPageOfMembersChecksItsSizeAndFiltersAtTheirLimits() {
        refused(() -> client.listProjectUsersPage("nope", ProjectUserQuery.all(), PageRequest.first(201)),
                "projectId", "limit");
        refused(() -> client.listProjectUsersPage(PROJECT, null, PageRequest.first(10)), "query");
        refused(() -> client.listProjectUsersPage(PROJECT, ProjectUserQuery.all(), null), "page");
        refused(() -> client.listProjectUsersPage(PROJECT, ProjectUserQuery.all().withEmail(LONGEST + "x")
                .withName("n".repeat(256)), PageRequest.first(200)), "filter[email]", "filter[name]");
    }

    @Test
    void theLargestPageAndTheLongestFiltersAreSent() {
        server.stubFor(get(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"pagination\":{\"limit\":200,\"offset\":0,\"totalResults\":0},\"results\":[]}")));

        Page<ProjectUser> page = client.listProjectUsersPage(PROJECT, ProjectUserQuery.all().withEmail(LONGEST)
                .withName("n".repeat(255)), PageRequest.first(200));

        assertThat(page.items()).isEmpty();
        server.verify(getRequestedFor(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH))
                .withQueryParam("limit", equalTo("200")).withQueryParam("filter[email]", equalTo(LONGEST))
                .withQueryParam("filter[name]", equalTo("n".repeat(255))));
    }

    @Test
    void anAccountLookupTakesAnEmailOfAtMost255Characters() {
        refused(() -> client.findAccountUsersByEmail("nope", ""), "account_id", "email");
        refused(() -> client.findAccountUsersByEmail(ACCOUNT, " " + LONGEST + "xy "), "email");
        assertThat(LONGEST).hasSize(255);
    }
}
