package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BIM 360 {@code POST .../users/import}: chunks of 50 and an outcome per user. */
class Bim360ImportUsersTest extends Bim360WireMockTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<AccountUserCreate> users(int n) {
        List<AccountUserCreate> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new AccountUserCreate().email("user" + i + "@example.com").firstName("F" + i));
        }
        return users;
    }

    /** A 201 creating users {@code from..to-1}, as the vendor answers it. */
    static ResponseDefinitionBuilder created(int from, int to) {
        StringBuilder items = new StringBuilder();
        for (int i = from; i < to; i++) {
            items.append(i == from ? "" : ",").append(Bim360Users.user(Bim360Users.id(i), "user" + i + "@example.com",
                    "not_invited"));
        }
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"success\":" + (to - from) + ",\"failure\":0,\"success_items\":[" + items
                        + "],\"failure_items\":[]}");
    }

    /** Answers the import requests in turn. */
    static void answers(ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = "request " + (i + 1);
            server.stubFor(post(urlEqualTo(Bim360Users.IMPORT)).inScenario("import").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    static List<Integer> sentSizes() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (var request : server.findAll(postRequestedFor(urlEqualTo(Bim360Users.IMPORT)))) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            assertThat(body.isArray()).as("the body is a bare JSON array").isTrue();
            sizes.add(body.size());
        }
        return sizes;
    }

    @Test
    void a201WithFailureItemsIsReadPerUserInBothFailureShapes() throws Exception {
        answers(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"success":1,"failure":2,
                 "success_items":[%s],
                 "failure_items":[{"item":{"email":"USER1@example.com","first_name":"F1"},"error":"The email address is already in use."},
                                  {"email":"user2@example.com","error":{"code":1002,"message":"bad company"}}]}"""
                .formatted(Bim360Users.user(Bim360Users.id(0), "user0@example.com", "not_invited"))));

        AccountImportResult result = client.importAccountUsers("b." + Bim360Users.ACCOUNT, users(4));

        server.verify(postRequestedFor(urlEqualTo(Bim360Users.IMPORT)).withRequestBody(equalToJson("""
                [{"email":"user0@example.com","first_name":"F0"},{"email":"user1@example.com","first_name":"F1"},
                 {"email":"user2@example.com","first_name":"F2"},{"email":"user3@example.com","first_name":"F3"}]""")));
        assertThat(result.items()).extracting(AccountImportItem::outcome).containsExactly(
                AccountImportOutcome.CREATED, AccountImportOutcome.FAILED, AccountImportOutcome.FAILED,
                AccountImportOutcome.UNKNOWN);
        assertThat(result.items().get(0).created().getId()).isEqualTo(UUID.fromString(Bim360Users.id(0)));
        assertThat(result.items().get(1).failureReason()).contains("The email address is already in use.");
        assertThat(result.items().get(2).failureReason().orElseThrow()).contains("bad company");
        assertThat(result.items().get(3).failureReason()).contains(AccountUserImporter.NOT_IN_ANSWER);
        assertThat(result.allCreated()).isFalse();
        assertThat(result.toString()).isEqualTo("AccountImportResult{users=4, created=1, failed=2, unknown=1}")
                .doesNotContain("@");
    }

    @Test
    void chunksOf50AndALostAnswerMakesItsChunkUnknownNeverReSentWhileLaterChunksStillGo() throws Exception {
        answers(created(0, 50), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), created(100, 120));

        AccountImportResult result;
        List<List<AccountImportItem>> perRequest = new ArrayList<>();
        try (AutodeskAccountAdminClient retrying = Bim360Users.retrying(server)) {
            result = retrying.importAccountUsers(Bim360Users.ACCOUNT, users(120), perRequest::add);
        }

        assertThat(sentSizes()).containsExactly(50, 50, 20);
        assertThat(perRequest).extracting(List::size).containsExactly(50, 50, 20);
        assertThat(perRequest.get(1)).extracting(AccountImportItem::outcome).containsOnly(AccountImportOutcome.UNKNOWN);
        assertThat(result.created()).isEqualTo(70);
        assertThat(result.unknown()).isEqualTo(50);
        assertThat(result.items().subList(50, 100)).allSatisfy(item -> {
            assertThat(item.outcome()).isEqualTo(AccountImportOutcome.UNKNOWN);
            assertThat(item.reason()).isNotBlank();
        });
        assertThat(result.items()).extracting(AccountImportItem::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 120).boxed().toList());
    }

    @Test
    void aRefusedChunkFailsItsUsersWithTheVendorsReason() throws Exception {
        answers(aResponse().withStatus(422).withBody("{\"code\":1001,\"message\":\"company_id is unknown\"}"),
                created(50, 60));

        AccountImportResult result = client.importAccountUsers(Bim360Users.ACCOUNT, users(60));

        assertThat(sentSizes()).containsExactly(50, 10);
        assertThat(result.failed()).isEqualTo(50);
        assertThat(result.items().get(0).failureReason().orElseThrow()).contains("422")
                .contains("company_id is unknown");
        assertThat(result.created()).isEqualTo(10);
    }

    @Test
    void aServerErrorMakesItsChunkUnknownAndIsNotReSent() throws Exception {
        answers(aResponse().withStatus(500).withBody("{\"code\":500,\"message\":\"oops\"}"));

        AccountImportResult result;
        try (AutodeskAccountAdminClient retrying = Bim360Users.retrying(server)) {
            result = retrying.importAccountUsers(Bim360Users.ACCOUNT, users(3));
        }

        assertThat(sentSizes()).containsExactly(3);
        assertThat(result.unknown()).isEqualTo(3);
    }

    @Test
    void everyBadUserIsNamedWithBothPositionsOfARepeatedEmailAndNothingIsSent() {
        List<AccountUserCreate> users = users(3);
        users.get(1).email("not-an-email");
        users.get(2).email("USER0@example.com");

        assertThatThrownBy(() -> client.importAccountUsers("nope", users))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path)
                            .containsExactlyInAnyOrder("account_id", "users[1].email", "users[2].email");
                    assertThat(e.violations()).filteredOn(v -> v.path().equals("users[2].email"))
                            .extracting(Violation::message).singleElement().asString().contains("users[0]");
                });
        assertThatThrownBy(() -> client.importAccountUsers(Bim360Users.ACCOUNT, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("users"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
