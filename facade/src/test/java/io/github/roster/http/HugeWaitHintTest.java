package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.roster.http.Bim360PatchRetryTest.ACCOUNT;
import static io.github.roster.http.Bim360PatchRetryTest.PATH;
import static io.github.roster.http.Bim360PatchRetryTest.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.RateLimitedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A wait hint too large for any clock (Long.MAX_VALUE seconds) gives up with the rate-limit outcome. */
class HugeWaitHintTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    @ParameterizedTest
    @ValueSource(strings = {"Retry-After", "X-Rate-Limit-Reset"})
    void aHugeHintGivesUpRateLimitedWithoutOverflow(String header) {
        server.resetAll();
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withHeader(header, Long.toString(Long.MAX_VALUE))));
        FakeTime time = new FakeTime();
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(time.options().build())
                .build()) {

            Throwable e = catchThrowable(() -> client.updateAccountUser(ACCOUNT, USER,
                    new AccountUserPatch().status(UserStatusUpdate.INACTIVE)));

            assertThat(e).isInstanceOf(RateLimitedException.class);
            assertThat(((RateLimitedException) e).retryAfter()).isPresent();
            assertThat(time.sleeps()).isEmpty();
            server.verify(1, patchRequestedFor(urlEqualTo(PATH)));
        }
    }
}
