package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.roster.TestServers;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserUpdate;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ACC project member get, update and remove through the facade over WireMock. */
class AccProjectUserChangesTest {

    static final String PROJECT = AccProjectUsersListTest.PROJECT;
    static final String MEMBER = "7b9d8c1e-2f3a-4b5c-9d8e-7f6a5b4c3d2e";
    static final String PATH = AccProjectUsersListTest.USERS_PATH + "/" + MEMBER;
    static final String ACTING = "6cc15635-2fbd-4f73-afbe-abd833408a1d";

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
            .tokenProvider(TokenProvider.of(TestServers.TOKEN)).impersonateUser(ACTING)
            .httpOptions(TestServers.noRetries()).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static ProductAccess product(ProductKey key, ProductAccessLevel access) {
        return new ProductAccess().key(key).access(access);
    }

    @Test
    void readsAMemberByAutodeskIdWithoutActingUser() {
        server.stubFor(get(urlEqualTo(AccProjectUsersListTest.USERS_PATH + "/L9EBJKCGCXBB"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(AccProjectUsersListTest.member(MEMBER, "jane@mail.com", "active"))));

        ProjectUser member = client.getProjectUser("b." + PROJECT, "L9EBJKCGCXBB");

        assertThat(member.getEmail()).isEqualTo("jane@mail.com");
        server.verify(getRequestedFor(urlEqualTo(AccProjectUsersListTest.USERS_PATH + "/L9EBJKCGCXBB"))
                .withHeader("Authorization", equalTo("Bearer " + TestServers.TOKEN)).withHeader("User-Id", absent()));
    }

    @Test
    void anUnknownMemberIsNotFound() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":\"ERR_NOT_FOUND\",\"message\":\"user not found\"}")));

        assertThatThrownBy(() -> client.getProjectUser(PROJECT, MEMBER)).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201})
    void anUpdateSendsOnlyTheFieldsSetWithTheActingUserAndAcceptsBoth2xx(int status) {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + MEMBER + "\",\"products\":[{\"key\":\"docs\",\"access\":\"administrator\"}]}")));

        Response<ProjectUser> answer = client.updateProjectUserWithResponse(PROJECT, MEMBER, new ProjectUserUpdate()
                .products(List.of(product(ProductKey.DOCS, ProductAccessLevel.ADMINISTRATOR))));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.value().getId()).isEqualTo(MEMBER);
        server.verify(patchRequestedFor(urlEqualTo(PATH)).withHeader("User-Id", equalTo(ACTING))
                .withRequestBody(equalToJson("{\"products\":[{\"key\":\"docs\",\"access\":\"administrator\"}]}")));
    }

    @Test
    void anUpdateBreakingTheProductRulesOrEmptyIsNamedAndNothingIsSent() {
        ProjectUserUpdate update = new ProjectUserUpdate().products(List.of(
                product(ProductKey.PROJECT_ADMINISTRATION, ProductAccessLevel.ADMINISTRATOR),
                product(ProductKey.DOCS, ProductAccessLevel.MEMBER)));
        assertThatThrownBy(() -> client.updateProjectUser(PROJECT, MEMBER, update))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("products[1].access"));
        ProjectUserUpdate memberAdmin = new ProjectUserUpdate().products(List.of(
                product(ProductKey.PROJECT_ADMINISTRATION, ProductAccessLevel.MEMBER)));
        assertThatThrownBy(() -> client.updateProjectUser(PROJECT, MEMBER, memberAdmin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("acc-project-administration"));
        assertThatThrownBy(() -> client.updateProjectUser("x", "a b", new ProjectUserUpdate().email("not-an-email")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("projectId", "userId", "email"));
        assertThatThrownBy(() -> client.removeProjectUserByEmail("b.nope", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("projectId", "email"));
        assertThatThrownBy(() -> client.removeProjectUser(PROJECT, "ann lee"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("userId"));
        assertThatThrownBy(() -> client.updateProjectUser(PROJECT, MEMBER, new ProjectUserUpdate()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly("update-not-empty"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRemovalIs204WithTheActingUser() {
        server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));

        ProjectUserRemoval removal = client.removeProjectUser(PROJECT, MEMBER);

        assertThat(removal).isEqualTo(new ProjectUserRemoval(MEMBER, ProjectUserRemoval.Outcome.REMOVED));
        server.verify(deleteRequestedFor(urlEqualTo(PATH)).withHeader("User-Id", equalTo(ACTING)));
    }

    @Test
    void aRemovalAnswered404IsDoneOnlyWhenTheMemberIsReadBackAsDeleted() {
        server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(AccProjectUsersListTest.page(
                        List.of(AccProjectUsersListTest.member(MEMBER, "jane@mail.com", "deleted")), 200, 0, 1, null))));

        assertThat(client.removeProjectUser(PROJECT, MEMBER).outcome())
                .isEqualTo(ProjectUserRemoval.Outcome.ALREADY_REMOVED);
        server.verify(getRequestedFor(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH))
                .withQueryParam("filter[status]", equalTo("deleted")).withQueryParam("filter[id]", equalTo(MEMBER)));
    }

    @Test
    void aRemovalAnswered404ForSomeoneNeverAMemberIsNotFound() {
        server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(AccProjectUsersListTest.page(List.of(), 200, 0, 0, null))));

        assertThatThrownBy(() -> client.removeProjectUser(PROJECT, MEMBER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRemovalWhoseAnswerWasLostIsRetriedAndAFollowing404IsProvenDone() {
        server.stubFor(delete(urlEqualTo(PATH)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("applied"));
        server.stubFor(delete(urlEqualTo(PATH)).inScenario("lost").whenScenarioStateIs("applied")
                .willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(AccProjectUsersListTest.page(
                        List.of(AccProjectUsersListTest.member(MEMBER, "jane@mail.com", "deleted")), 200, 0, 1, null))));

        ProjectUserRemoval removal;
        try (AutodeskAccountAdminClient retrying = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(TestServers.TOKEN))
                .httpOptions(HttpOptions.builder().sleeper(wait -> { }).build()).build()) {
            removal = retrying.removeProjectUser(PROJECT, MEMBER);
        }

        assertThat(removal.outcome()).isEqualTo(ProjectUserRemoval.Outcome.ALREADY_REMOVED);
        server.verify(2, deleteRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRemovalByEmailRemovesOnlyTheExactMatch() {
        server.stubFor(get(urlPathEqualTo(AccProjectUsersListTest.USERS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(AccProjectUsersListTest.page(List.of(
                        AccProjectUsersListTest.member("11111111-1111-4111-8111-111111111111", "joann.lee@example.com",
                                "active"),
                        AccProjectUsersListTest.member(MEMBER, "ann.lee@example.com", "active")), 200, 0, 2, null))));
        server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));

        List<ProjectUserRemoval> removals = client.removeProjectUserByEmail(PROJECT, "ANN.LEE@example.com");

        assertThat(removals).containsExactly(new ProjectUserRemoval(MEMBER, ProjectUserRemoval.Outcome.REMOVED));
        server.verify(1, deleteRequestedFor(anyUrl()));
    }
}
