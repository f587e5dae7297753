package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.RosterVersion;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.NotFoundException;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What callers keep of an answer: on success the status, request id and allow-listed headers
 * ({@code ...WithResponse}); on failure the same on the exception; never a header off the allow-list.
 */
class ResponseHeadersTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    private static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    private static final String BIM360_PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    private static final String PROCORE_PATH = "/rest/v1.3/companies/8089/users/1234567890123";

    @Test
    void procoreSuccessCarriesRateLimitRemainingAndRequestId() {
        server.stubFor(patch(urlPathEqualTo(PROCORE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Rate-Limit-Remaining", "3598")
                .withHeader("X-Request-Id", "proc-7")
                .withHeader("Set-Cookie", "session=secret")
                .withBody("{\"id\":1234567890123,\"last_name\":\"Smith\"}")));
        try (ProcoreDirectoryClient client = ProcoreDirectoryClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("t")).build()) {
            Response<CompanyUser> answer = client.updateCompanyUserWithResponse(8089L, 1234567890123L,
                    new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com"),
                    UpdateCompanyUserOptions.NONE);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.value().getLastName()).isEqualTo("Smith");
            assertThat(answer.header("x-rate-limit-remaining")).contains("3598");
            assertThat(answer.requestId()).contains("proc-7");
            assertThat(answer.headers()).doesNotContainKey("Set-Cookie");
        }
    }

    @Test
    void autodeskSuccessAndFailureCarryTheAdsRequestIdAndSendTheBuildsUserAgent() {
        server.stubFor(patch(urlPathEqualTo(BIM360_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("x-ads-request-id", "ads-1")
                .withBody("{\"id\":\"" + USER + "\",\"status\":\"inactive\"}")));
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("t")).build()) {
            AccountUserPatch patch = new AccountUserPatch().status(UserStatusUpdate.INACTIVE);
            Response<AccountUser> answer = client.updateAccountUserWithResponse(ACCOUNT, USER, patch);
            assertThat(answer.requestId()).contains("ads-1");
            assertThat(answer.value().getId()).hasToString(USER);

            server.stubFor(patch(urlPathEqualTo(BIM360_PATH)).willReturn(aResponse().withStatus(404)
                    .withHeader("x-ads-request-id", "ads-2").withHeader("WWW-Authenticate", "Bearer secret")
                    .withBody("{\"code\":\"NOT_FOUND\"}")));
            NotFoundException e = catchThrowableOfType(NotFoundException.class,
                    () -> client.updateAccountUser(ACCOUNT, USER, patch));
            assertThat(e.requestId()).contains("ads-2");
            assertThat(e.headers()).containsKey("X-ADS-REQUEST-ID").doesNotContainKey("WWW-Authenticate");
        }
        assertThat(RosterVersion.current()).isNotBlank().doesNotContain("${");
        server.verify(2, patchRequestedFor(urlPathEqualTo(BIM360_PATH))
                .withHeader("User-Agent", equalTo("roster-java/" + RosterVersion.current())));
    }
}
