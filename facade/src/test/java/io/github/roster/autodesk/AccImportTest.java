package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.roster.TestServers;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.error.BadRequestException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccImportTest {

    static final String JOB = "0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52";

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = TestServers.autodesk(server);
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void close() {
        client.close();
    }

    private void acceptAll() {
        server.stubFor(post(urlEqualTo(AccUsers.IMPORT_PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"jobId\":\"" + JOB + "\"}")));
    }

    private List<JsonNode> sentBodies() throws Exception {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<JsonNode> bodies = new ArrayList<>();
        for (ServeEvent e : events) {
            bodies.add(json.readTree(e.getRequest().getBodyAsString()));
        }
        return bodies;
    }

    @Test
    void sendsThePagesExampleWithRegionAndUserId() {
        acceptAll();
        ProjectUserImport jane = new ProjectUserImport().firstName("Jane").lastName("Doe")
                .email("sampleUser1@autodesk.com").userId("6cc15635-2fbd-4f73-afbe-abd833408a1d")
                .companyId(UUID.fromString("c32ffb13-83f8-43fb-bddf-3e5c0c2dda24"))
                .roleIds(List.of(UUID.fromString("287d5cc2-9008-462c-96e5-c9491db85d97")));
        for (ProductKey key : List.of(ProductKey.PROJECT_ADMINISTRATION, ProductKey.DESIGN_COLLABORATION,
                ProductKey.BUILD, ProductKey.COST, ProductKey.MODEL_COORDINATION, ProductKey.DOCS, ProductKey.INSIGHT,
                ProductKey.TAKEOFF)) {
            jane.addProductsItem(new ProductAccess().key(key).access(ProductAccessLevel.ADMINISTRATOR));
        }
        AccImportResult result;
        try (AutodeskAccountAdminClient acc = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("t")).region(Region.EMEA)
                .impersonateUser("6cc15635-2fbd-4f73-afbe-abd833408a1d").build()) {
            result = acc.importProjectUsers("b." + AccUsers.PROJECT, List.of(jane));
        }
        server.verify(postRequestedFor(urlEqualTo(AccUsers.IMPORT_PATH))
                .withHeader("Region", equalTo("EMEA"))
                .withHeader("User-Id", equalTo("6cc15635-2fbd-4f73-afbe-abd833408a1d"))
                .withRequestBody(matchingJsonPath("$.users[0].products[7].key", equalTo("takeoff")))
                .withRequestBody(matchingJsonPath("$.users[0].email", equalTo("sampleUser1@autodesk.com"))));
        assertThat(result.allAccepted()).isTrue();
        assertThat(result.batches()).singleElement()
                .satisfies(b -> assertThat(b.jobId()).isEqualTo(UUID.fromString(JOB)));
    }

    @Test
    void splitsAnyNumberOfUsersIntoRequestsOf200InInputOrder() throws Exception {
        acceptAll();
        AccImportResult result = client.importProjectUsers(AccUsers.PROJECT, AccUsers.members(401));

        List<JsonNode> bodies = sentBodies();
        assertThat(bodies).extracting(b -> b.get("users").size()).containsExactly(200, 200, 1);
        assertThat(bodies).extracting(b -> b.get("users").get(0).get("email").asText())
                .containsExactly("user0@example.com", "user200@example.com", "user400@example.com");
        assertThat(result.batches()).extracting(AccImportBatch::firstUserIndex).containsExactly(0, 200, 400);
        assertThat(result.acceptedUserCount()).isEqualTo(401);
    }

    @Test
    void oneFailedRequestDoesNotLoseTheOthersAndTheResultNamesTheUsersNotAccepted() {
        acceptAll();
        server.stubFor(post(urlEqualTo(AccUsers.IMPORT_PATH))
                .withRequestBody(matchingJsonPath("$.users[0].email", equalTo("user200@example.com")))
                .willReturn(aResponse().withStatus(400).withBody("{\"code\":\"ERR_BAD_INPUT\",\"message\":\"nope\"}")));

        List<ProjectUserImport> users = AccUsers.members(450);
        AccImportResult result = client.importProjectUsers(AccUsers.PROJECT, users);

        assertThat(result.allAccepted()).isFalse();
        assertThat(result.batches()).extracting(AccImportBatch::accepted).containsExactly(true, false, true);
        assertThat(result.failed()).singleElement().satisfies(b ->
                assertThat(b.error()).isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.vendorCode()).contains("ERR_BAD_INPUT")));
        assertThat(result.notAccepted()).containsExactlyElementsOf(users.subList(200, 400));
        assertThat(result.acceptedUserCount()).isEqualTo(250);
        server.verify(3, postRequestedFor(urlEqualTo(AccUsers.IMPORT_PATH)));
    }

    @Test
    void reportsEveryInvalidUserAtOnceAndSendsNothing() {
        List<ProjectUserImport> users = AccUsers.members(300);
        users.set(3, AccUsers.member(3).email("not-an-email"));
        users.set(5, AccUsers.member(5).firstName("x".repeat(256)));
        users.set(7, AccUsers.member(7).products(new ArrayList<>()));
        users.set(9, AccUsers.member(9).products(null));
        users.set(250, AccUsers.member(250).email("USER1@Example.com"));
        users.set(11, AccUsers.member(11).products(List.of(
                new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION).access(ProductAccessLevel.MEMBER))));
        users.set(12, AccUsers.member(12).products(List.of(
                new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION).access(ProductAccessLevel.ADMINISTRATOR),
                new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER),
                new ProductAccess().key(ProductKey.BUILD).access(ProductAccessLevel.ADMINISTRATOR))));
        users.set(13, AccUsers.member(13).products(List.of(new ProductAccess().key(ProductKey.DOCS))));

        assertThatThrownBy(() -> client.importProjectUsers("b.nope", users))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("projectId", "uuid"),
                                org.assertj.core.groups.Tuple.tuple("users[3].email", "Email"),
                                org.assertj.core.groups.Tuple.tuple("users[5].firstName", "Size"),
                                org.assertj.core.groups.Tuple.tuple("users[7].products", "products-required"),
                                org.assertj.core.groups.Tuple.tuple("users[9].products", "NotNull"),
                                org.assertj.core.groups.Tuple.tuple("users[11].products[0].access",
                                        "acc-project-administration"),
                                org.assertj.core.groups.Tuple.tuple("users[12].products[1].access",
                                        "acc-project-administration"),
                                org.assertj.core.groups.Tuple.tuple("users[13].products[0].access", "NotNull"),
                                org.assertj.core.groups.Tuple.tuple("users[250].email", "unique-email")));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aDuplicateEmailNamesBothPositions() {
        List<ProjectUserImport> users = AccUsers.members(3);
        users.set(2, AccUsers.member(2).email("User0@EXAMPLE.com"));
        assertThatThrownBy(() -> client.importProjectUsers(AccUsers.PROJECT, users))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("users[2].email");
                            assertThat(v.message()).contains("users[0]");
                        }));
    }

    @Test
    void fieldsTheCallerDidNotSetAreNotSentNotEvenAsEmptyLists() {
        acceptAll();
        client.importProjectUsers(AccUsers.PROJECT, List.of(new ProjectUserImport().email("solo@example.com")
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER))));
        assertThat(server.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .isEqualTo("{\"users\":[{\"email\":\"solo@example.com\",\"products\":[{\"key\":\"docs\",\"access\":\"member\"}]}]}");
    }

    @Test
    void longRejectedValuesAreAbbreviatedInMessages() {
        List<ProjectUserImport> users = List.of(AccUsers.member(0).firstName("x".repeat(300)));
        assertThatThrownBy(() -> client.importProjectUsers(AccUsers.PROJECT, users))
                .hasMessageContaining("300 characters")
                .hasMessageNotContaining("x".repeat(61));
    }

    @Test
    void anEmptyImportIsRefused() {
        assertThatThrownBy(() -> client.importProjectUsers(AccUsers.PROJECT, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("users"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void projectAdministrationNoneAllowsMembers() {
        acceptAll();
        ProjectUserImport user = AccUsers.member(1).products(List.of(
                new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION).access(ProductAccessLevel.NONE),
                new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER)));
        assertThat(client.importProjectUsers(AccUsers.PROJECT, List.of(user)).allAccepted()).isTrue();
    }
}
