package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserStatusFilter;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.autodesk.model.UserProject;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ACC project members and a user's projects, listed and looked up through the facade over WireMock. */
class AccProjectUsersListTest {

    static final String PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93";
    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USERS_PATH = "/construction/admin/v1/projects/" + PROJECT + "/users";
    static final String PROJECTS_PATH = "/construction/admin/v1/accounts/" + ACCOUNT + "/users/L9EBJKCGCXBB/projects";

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = TestServers.autodesk(server);

    @AfterEach
    void close() {
        client.close();
    }

    static String member(String id, String email, String status) {
        return "{\"id\":\"" + id + "\",\"email\":\"" + email + "\",\"name\":\"N\",\"autodeskId\":\"AD" + id.hashCode()
                + "\",\"status\":\"" + status + "\",\"products\":[{\"key\":\"docs\",\"access\":\"member\"}],"
                + "\"someFieldAutodeskAddedLater\":true}";
    }

    static String page(List<String> items, int limit, int offset, Integer total, String nextUrl) {
        return "{\"pagination\":{\"limit\":" + limit + ",\"offset\":" + offset
                + (total == null ? "" : ",\"totalResults\":" + total)
                + (nextUrl == null ? "" : ",\"nextUrl\":\"" + nextUrl + "\"")
                + "},\"results\":[" + String.join(",", items) + "]}";
    }

    private void serve(String path, int offset, String body) {
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static List<String> members(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> member(String.format("00000000-0000-4000-8000-%012d", i), "user" + i + "@mail.com",
                        "active"))
                .toList();
    }

    @Test
    void followsTotalResultsToTheEndAtTheLargestPageSize() {
        serve(USERS_PATH, 0, page(members(0, 200), 200, 0, 250, null));
        serve(USERS_PATH, 200, page(members(200, 50), 200, 200, 250, null));

        List<String> emails = client.listProjectUsers("b." + PROJECT).stream().map(ProjectUser::getEmail).toList();

        assertThat(emails).hasSize(250).startsWith("user0@mail.com").endsWith("user249@mail.com");
        server.verify(2, getRequestedFor(urlPathEqualTo(USERS_PATH)).withQueryParam("limit", equalTo("200"))
                .withQueryParam("filter[status]", absent()).withQueryParam("filterTextMatch", absent()));
    }

    @Test
    void followsNextUrlWhenThereIsNoTotalUntilAShortPageWithoutOne() {
        Random random = new Random(20261123L);
        int pageSize = 2 + random.nextInt(5);
        int pages = 2 + random.nextInt(3);
        int lastSize = 1 + random.nextInt(pageSize - 1);
        for (int p = 0; p < pages; p++) {
            boolean last = p == pages - 1;
            serve(USERS_PATH, p * pageSize, page(members(p * pageSize, last ? lastSize : pageSize), pageSize,
                    p * pageSize, null, last ? "" : "https://developer.api.autodesk.com/next"));
        }

        List<ProjectUser> all = new ArrayList<>();
        client.listProjectUsers(PROJECT, ProjectUserQuery.all().withPageSize(pageSize)).forEach(all::add);

        assertThat(all).as("seed 20261123, page size %d, %d pages", pageSize, pages)
                .hasSize(pageSize * (pages - 1) + lastSize);
        server.verify(pages, getRequestedFor(urlPathEqualTo(USERS_PATH)));
    }

    @Test
    void fetchesTheNextPageOnlyWhenTheFirstIsConsumed() {
        serve(USERS_PATH, 0, page(members(0, 2), 2, 0, 4, null));
        serve(USERS_PATH, 2, page(members(2, 2), 2, 2, 4, null));

        Iterator<ProjectUser> it = client.listProjectUsers(PROJECT, ProjectUserQuery.all().withPageSize(2)).iterator();
        it.next();
        it.next();

        server.verify(1, getRequestedFor(urlPathEqualTo(USERS_PATH)));
        assertThat(it.next().getEmail()).isEqualTo("user2@mail.com");
        server.verify(2, getRequestedFor(urlPathEqualTo(USERS_PATH)));
    }

    @Test
    void sendsTheQueryOptionsWithArraysCommaSeparated() {
        serve(USERS_PATH, 0, page(List.of(), 200, 0, 0, ""));

        client.listProjectUsers(PROJECT, ProjectUserQuery.all()
                .withStatuses(ProjectUserStatusFilter.ACTIVE, ProjectUserStatusFilter.DELETED)
                .withName("Lee").withTextMatch("startsWith")).forEach(m -> { });

        server.verify(getRequestedFor(urlPathEqualTo(USERS_PATH))
                .withQueryParam("filter[status]", equalTo("active,deleted"))
                .withQueryParam("filter[name]", equalTo("Lee"))
                .withQueryParam("filterTextMatch", equalTo("startsWith")));
    }

    @Test
    void theSinglePageCallSaysWhichPageComesNext() {
        serve(USERS_PATH, 10, page(members(10, 10), 10, 10, 30, null));

        Page<ProjectUser> p = client.listProjectUsersPage(PROJECT, ProjectUserQuery.all(), new PageRequest(10, 10));

        assertThat(p.items()).hasSize(10);
        assertThat(p.next()).contains(new PageRequest(20, 10));
    }

    @Test
    void anExactLookupAsksForEqualsAndKeepsOnlyTheExactAddressOfAFuzzyAnswer() {
        serve(USERS_PATH, 0, page(List.of(
                member("11111111-1111-4111-8111-111111111111", "joann.lee@example.com", "active"),
                member("22222222-2222-4222-8222-222222222222", "Ann.Lee@Example.com", "pending"),
                member("33333333-3333-4333-8333-333333333333", "ann.lee@example.com.evil", "active")),
                200, 0, 3, null));

        List<ProjectUser> found = client.findProjectUsersByEmail(PROJECT, " ann.lee@example.com ");

        assertThat(found).extracting(ProjectUser::getId).containsExactly("22222222-2222-4222-8222-222222222222");
        server.verify(getRequestedFor(urlPathEqualTo(USERS_PATH))
                .withQueryParam("filter[email]", equalTo("ann.lee@example.com"))
                .withQueryParam("filterTextMatch", equalTo("equals"))
                .withQueryParam("filter[status]", absent()));
    }

    @Test
    void anExactLookupPagesToTheEndAndCanIncludeRemovedMembers() {
        serve(USERS_PATH, 0, page(List.of(member("11111111-1111-4111-8111-111111111111", "x.ann.lee@example.com",
                "active")), 200, 0, 201, null));
        serve(USERS_PATH, 200, page(List.of(member("22222222-2222-4222-8222-222222222222", "ann.lee@example.com",
                "deleted")), 200, 200, 201, null));

        List<ProjectUser> found = client.findProjectUsersByEmail(PROJECT, "ann.lee@example.com", true);

        assertThat(found).extracting(ProjectUser::getStatus).containsExactly("deleted");
        server.verify(2, getRequestedFor(urlPathEqualTo(USERS_PATH))
                .withQueryParam("filter[status]", equalTo("active,pending,deleted")));
    }

    @Test
    void listsAUsersProjectsToTheEndWithTheRegion() {
        List<String> first = IntStream.range(0, 200).mapToObj(i -> "{\"id\":\"p" + i + "\",\"name\":\"P" + i
                + "\",\"constructiontype\":\"x\"}").toList();
        serve(PROJECTS_PATH, 0, page(first, 200, 0, 201, null));
        serve(PROJECTS_PATH, 200, page(List.of("{\"id\":\"p200\",\"name\":\"Last\"}"), 200, 200, 201, null));

        List<UserProject> projects;
        try (AutodeskAccountAdminClient eu = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(TestServers.TOKEN)).region(Region.EMEA)
                .httpOptions(TestServers.noRetries()).build()) {
            projects = eu.listUserProjects("b." + ACCOUNT, "L9EBJKCGCXBB").stream().collect(Collectors.toList());
        }

        assertThat(projects).hasSize(201);
        assertThat(projects.get(200).getName()).isEqualTo("Last");
        server.verify(2, getRequestedFor(urlPathEqualTo(PROJECTS_PATH)).withHeader("Region", equalTo("EMEA"))
                .withQueryParam("limit", equalTo("200")));
    }

    @Test
    void listsTheProjectsOfTheAccountUserWithExactlyThatEmailFoundByANonPartialSearch() {
        String search = "/hq/v1/accounts/" + ACCOUNT + "/users/search";
        server.stubFor(get(urlPathEqualTo(search)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"id\":\"1b6e0c57-4a2f-4d8e-9c31-7f5a2e9d0c11\","
                        + "\"email\":\"Ann.Lee@example.com\"},{\"id\":\"2c7f1d68-5b3a-4e9f-8d42-8a6b3f0e1d22\","
                        + "\"email\":\"joann.lee@example.com\"}]")));
        String annProjects = "/construction/admin/v1/accounts/" + ACCOUNT
                + "/users/1b6e0c57-4a2f-4d8e-9c31-7f5a2e9d0c11/projects";
        serve(annProjects, 0, page(List.of("{\"id\":\"p1\",\"name\":\"Hospital\"}"), 200, 0, 1, null));

        List<UserProject> projects = client.listUserProjectsByEmail(ACCOUNT, "ann.lee@example.com").orElseThrow()
                .stream().toList();

        assertThat(projects).extracting(UserProject::getName).containsExactly("Hospital");
        server.verify(getRequestedFor(urlPathEqualTo(search)).withQueryParam("partial", equalTo("false"))
                .withQueryParam("email", equalTo("ann.lee@example.com")));
        assertThat(client.listUserProjectsByEmail(ACCOUNT, "lee@example.com")).isEmpty();
    }

    @Test
    void badInputIsNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.listProjectUsers("project-1", ProjectUserQuery.all().withPageSize(201)
                .withEmail("x".repeat(256))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("projectId", "limit", "filter[email]"));
        assertThatThrownBy(() -> client.findProjectUsersByEmail(PROJECT, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("email"));
        assertThatThrownBy(() -> client.listUserProjects("nope", "../etc"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("accountId", "userId"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
