package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.roster.procore.ProcoreListUsersTest.COMPANY;
import static io.github.roster.procore.ProcoreListUsersTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProcoreSyncUsersTest extends ProcoreWireMockTest {

    static final String SYNC = "/rest/v1.3/companies/8089/users/sync";


    private static CompanyUserSyncItem joiner(String origin) {
        return new CompanyUserSyncItem().originId(origin).lastName("L" + origin)
                .emailAddress(origin.toLowerCase() + "@example.com");
    }

    @Test
    void a200WithErrorItemsIsNotSuccessAndEachItemIsCorrelated() {
        server.stubFor(patch(urlEqualTo(SYNC)).willReturn(page("""
                {"entities":[{"id":11,"origin_id":"E-1","last_name":"LE-1","is_active":true},
                             {"id":1234567890123,"last_name":"Smith","is_active":false}],
                 "errors":[{"origin_id":"E-2","last_name":"LE-2","email_address":"e-2@example.com",
                            "errors":{"email_address":["has already been taken"]}},
                           {"id":77,"is_active":false,"errors":{"id":["not found"]}}]}""")));
        List<CompanyUserSyncItem> items = List.of(joiner("E-1"), joiner("E-2"),
                new CompanyUserSyncItem().id(1234567890123L).isActive(false),
                new CompanyUserSyncItem().id(77L).isActive(false), joiner("E-3"));

        CompanyUserSyncResult result = client.syncCompanyUsers(COMPANY, items);

        assertThat(result.allSucceeded()).isFalse();
        assertThat(result.items()).extracting(r -> r.item().getOriginId(), CompanyUserSyncItemResult::outcome)
                .containsExactly(tuple("E-1", CompanyUserSyncOutcome.SYNCED), tuple("E-2", CompanyUserSyncOutcome.FAILED),
                        tuple(null, CompanyUserSyncOutcome.UPDATED), tuple(null, CompanyUserSyncOutcome.FAILED),
                        tuple("E-3", CompanyUserSyncOutcome.UNKNOWN));
        assertThat(result.items().get(0).user().getId()).isEqualTo(11L);
        assertThat(result.items().get(1).errors()).isEqualTo(Map.of("email_address", List.of("has already been taken")));
        assertThat(result.items().get(1).reason()).isEqualTo("email_address has already been taken");
        assertThat(result.items().get(3).errors()).containsKey("id");
        assertThat(result.toString()).contains("items=5").contains("failed=2").doesNotContain("example.com");
        server.verify(patchRequestedFor(urlEqualTo(SYNC)).withHeader("Procore-Company-Id", equalTo("8089"))
                .withRequestBody(equalToJson("""
                        {"updates":[{"origin_id":"E-1","last_name":"LE-1","email_address":"e-1@example.com"},
                                    {"origin_id":"E-2","last_name":"LE-2","email_address":"e-2@example.com"},
                                    {"id":1234567890123,"is_active":false},{"id":77,"is_active":false},
                                    {"origin_id":"E-3","last_name":"LE-3","email_address":"e-3@example.com"}]}""")));
    }

    @Test
    void sendsChunksOfAtMost1000InInputOrder() throws Exception {
        server.stubFor(patch(urlEqualTo(SYNC)).willReturn(page("{\"entities\":[],\"errors\":[]}")));
        List<CompanyUserSyncItem> items = IntStream.range(0, 2500).mapToObj(i -> joiner("E-" + i)).toList();

        CompanyUserSyncResult result = client.syncCompanyUsers(COMPANY, items);

        ObjectMapper json = new ObjectMapper();
        List<Integer> sizes = new ArrayList<>();
        List<String> firsts = new ArrayList<>();
        for (var event : server.getAllServeEvents()) {
            JsonNode updates = json.readTree(event.getRequest().getBodyAsString()).path("updates");
            sizes.add(updates.size());
            firsts.add(updates.get(0).path("origin_id").asText());
        }
        assertThat(sizes).containsExactlyInAnyOrder(1000, 1000, 500);
        assertThat(firsts).containsExactlyInAnyOrder("E-0", "E-1000", "E-2000");
        assertThat(result.items()).hasSize(2500);
        assertThat(result.count(CompanyUserSyncOutcome.UNKNOWN)).isEqualTo(2500);
    }

    @Test
    void aChunkLostAfterSendingIsUnknownAndNeverSentAgain() {
        try (ProcoreDirectoryClient retrying = retryingClient()) {
            server.stubFor(patch(urlEqualTo(SYNC)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            CompanyUserSyncResult result = retrying.syncCompanyUsers(COMPANY, List.of(joiner("E-1"), joiner("E-2")));

            assertThat(result.items()).extracting(CompanyUserSyncItemResult::outcome)
                    .containsOnly(CompanyUserSyncOutcome.UNKNOWN);
            assertThat(result.items().get(0).reason()).contains("may have been processed");
            server.verify(1, patchRequestedFor(urlEqualTo(SYNC)));
        }
    }

    @Test
    void aRefusedChunkFailsItsItemsWithTheReason() {
        server.stubFor(patch(urlEqualTo(SYNC)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Directory Admin needed\"}")));

        CompanyUserSyncResult result = client.syncCompanyUsers(COMPANY, List.of(joiner("E-1")));

        assertThat(result.items()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(CompanyUserSyncOutcome.FAILED);
            assertThat(r.reason()).contains("403");
        });
    }

    @Test
    void everyBadItemAndFieldIsNamedByIndexAndNothingIsSent() {
        List<CompanyUserSyncItem> items = List.of(
                joiner("E-1"),
                new CompanyUserSyncItem().lastName("no key"),
                joiner("E-1").emailAddress("x@"),
                new CompanyUserSyncItem().id(5L).countryCode("US").stateCode("ZZ"),
                new CompanyUserSyncItem().id(5L).vendorId(0L));

        assertThatThrownBy(() -> client.syncCompanyUsers(COMPANY, items))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("updates[1]", "id-or-origin-id"),
                                tuple("updates[2].email_address", "Email"),
                                tuple("updates[2].origin_id", "Unique"),
                                tuple("updates[3].state_code", "iso3166-subdivision"),
                                tuple("updates[4].vendor_id", "Min"),
                                tuple("updates[4].id", "Unique")));
        assertThatThrownBy(() -> client.syncCompanyUsers(COMPANY, List.of()))
                .isInstanceOf(ValidationException.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void generatedAnswersAlwaysGiveEachItemExactlyTheOutcomeItsPlaceInTheAnswerSays() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            server.resetAll();
            int n = 1 + random.nextInt(30);
            List<CompanyUserSyncItem> items = new ArrayList<>();
            List<CompanyUserSyncOutcome> expected = new ArrayList<>();
            StringBuilder entities = new StringBuilder();
            StringBuilder errors = new StringBuilder();
            for (int i = 0; i < n; i++) {
                boolean byId = random.nextBoolean();
                CompanyUserSyncItem item = byId ? new CompanyUserSyncItem().id(1000L + i).isActive(false)
                        : joiner("E-" + i);
                items.add(item);
                String key = byId ? "\"id\":" + (1000 + i) : "\"origin_id\":\"E-" + i + "\"";
                switch (random.nextInt(3)) {
                    case 0 -> {
                        entities.append(entities.length() == 0 ? "" : ",").append('{').append(key).append('}');
                        expected.add(byId ? CompanyUserSyncOutcome.UPDATED : CompanyUserSyncOutcome.SYNCED);
                    }
                    case 1 -> {
                        errors.append(errors.length() == 0 ? "" : ",").append('{').append(key)
                                .append(",\"errors\":{\"base\":[\"no\"]}}");
                        expected.add(CompanyUserSyncOutcome.FAILED);
                    }
                    default -> expected.add(CompanyUserSyncOutcome.UNKNOWN);
                }
            }
            server.stubFor(patch(urlEqualTo(SYNC)).willReturn(page(
                    "{\"entities\":[" + entities + "],\"errors\":[" + errors + "]}")));

            List<CompanyUserSyncOutcome> got = client.syncCompanyUsers(COMPANY, items).items().stream()
                    .map(CompanyUserSyncItemResult::outcome).toList();

            assertThat(got).as("seed %d, round %d", seed, round).isEqualTo(expected);
        }
    }
}
