package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.roster.procore.ProcoreListUsersTest.COMPANY;
import static io.github.roster.procore.ProcoreListUsersTest.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.client.procore.model.CompanyUserSyncItem;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A sync request refused with a 4xx failed; one answered 5xx may have been applied; 1000 items are one request. */
class ProcoreSyncFailuresTest extends ProcoreWireMockTest {

    private static final String SYNC = ProcoreSyncUsersTest.SYNC;

    private static List<CompanyUserSyncItem> joiners(int n) {
        return IntStream.range(0, n).mapToObj(i -> new CompanyUserSyncItem().originId("E-" + i).lastName("L" + i)
                .emailAddress("e" + i + "@example.com")).toList();
    }

    @Test
    void aRefusedRequestFailsItsItemsAndA500LeavesThemUnknown() {
        server.stubFor(patch(urlEqualTo(SYNC)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"errors\":\"bad\"}")));
        CompanyUserSyncResult refused = client.syncCompanyUsers(COMPANY, joiners(2));
        assertThat(refused.items()).extracting(CompanyUserSyncItemResult::outcome)
                .containsOnly(CompanyUserSyncOutcome.FAILED);

        server.stubFor(patch(urlEqualTo(SYNC)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"errors\":\"oops\"}")));
        CompanyUserSyncResult unknown = client.syncCompanyUsers(COMPANY, joiners(2));
        assertThat(unknown.items()).extracting(CompanyUserSyncItemResult::outcome)
                .containsOnly(CompanyUserSyncOutcome.UNKNOWN);
        assertThat(unknown.items().get(0).reason()).contains("read the user before sending it again");
    }

    @Test
    void exactly1000ItemsAreOneRequest() {
        server.stubFor(patch(urlEqualTo(SYNC)).willReturn(page("{\"entities\":[],\"errors\":[]}")));

        assertThat(client.syncCompanyUsers(COMPANY, joiners(1000)).items()).hasSize(1000);
        server.verify(1, patchRequestedFor(urlEqualTo(SYNC)));
    }
}
