package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.roster.TestServers;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Response;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** BIM 360 {@code GET /hq/v1/accounts/{account_id}/users/{user_id}} through the facade. */
class Bim360GetUserTest {

    static final String PATH = Bim360UpdateUserTest.PATH;

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = TestServers.autodesk(server);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void readsTheUserWithTheTokenAndTheHubFormOfTheAccount() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("x-ads-request-id", "req-42")
                .withBody(Bim360UpdateUserTest.EXAMPLE_RESPONSE)));

        Response<AccountUser> response = client.getAccountUserWithResponse("b." + Bim360UpdateUserTest.ACCOUNT,
                Bim360UpdateUserTest.USER);

        server.verify(getRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + TestServers.TOKEN)));
        assertThat(response.value().getEmail()).isEqualTo("john.smith@mail.com");
        assertThat(response.value().getDefaultRole()).isEqualTo("BIM Manager");
        assertThat(response.requestId()).contains("req-42");
    }

    @Test
    void anUnknownUserIsNotFoundWithTheVendorsCode() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":1004,\"message\":\"this user doesn't exist in the account.\"}")));

        assertThatThrownBy(() -> client.getAccountUser(Bim360UpdateUserTest.ACCOUNT, Bim360UpdateUserTest.USER))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.vendorCode()).contains("1004");
                });
    }

    @Test
    void aReadIsRetriedAfterA503LikeAnyIdempotentCall() {
        server.stubFor(get(urlEqualTo(PATH)).inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0"))
                .willSetStateTo("up"));
        server.stubFor(get(urlEqualTo(PATH)).inScenario("blip").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody(Bim360UpdateUserTest.EXAMPLE_RESPONSE)));

        AccountUser user;
        try (AutodeskAccountAdminClient retrying = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(TestServers.TOKEN))
                .httpOptions(HttpOptions.builder().sleeper(wait -> { }).build()).build()) {
            user = retrying.getAccountUser(Bim360UpdateUserTest.ACCOUNT, Bim360UpdateUserTest.USER);
        }

        assertThat(user.getId()).isEqualTo(UUID.fromString(Bim360UpdateUserTest.USER));
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void badIdsAreNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.getAccountUser("not-an-account", "../../users"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("account_id", "user_id"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
