package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.roster.http.Bim360PatchRetryTest.ACCOUNT;
import static io.github.roster.http.Bim360PatchRetryTest.PATH;
import static io.github.roster.http.Bim360PatchRetryTest.USER;
import static io.github.roster.http.Bim360PatchRetryTest.USER_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pacing is per rate-limit group and shared by every client of the same credentials in the JVM. */
class SharedPacingTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private final FakeTime time = new FakeTime();

    @BeforeEach
    void stub() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(USER_JSON)));
    }

    private AutodeskAccountAdminClient client(TokenProvider tokens, HttpOptions options) {
        return AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl()).tokenProvider(tokens)
                .httpOptions(options).build();
    }

    private static void call(AutodeskAccountAdminClient client) {
        client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.ACTIVE));
    }

    @Test
    void twoClientsWithTheSameCredentialsDrawOnOneBudget() {
        TokenProvider shared = TokenProvider.of("token-1");
        HttpOptions options = time.options().requestsPerMinute(120).build();
        try (AutodeskAccountAdminClient a = client(shared, options); AutodeskAccountAdminClient b = client(shared, options)) {
            call(a);
            call(b);
            call(a);
            call(b);
        }

        assertThat(time.sleeps()).containsExactlyElementsOf(Collections.nCopies(3, Duration.ofMillis(500)));
    }

    @Test
    void clientsWithOtherCredentialsHaveTheirOwnBudget() {
        HttpOptions options = time.options().requestsPerMinute(120).build();
        try (AutodeskAccountAdminClient a = client(TokenProvider.of("token-1"), options);
             AutodeskAccountAdminClient b = client(TokenProvider.of("token-2"), options)) {
            call(a);
            call(b);
        }

        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void vendorLimitsPaceHqCallsAt100PerMinute() {
        try (AutodeskAccountAdminClient a = client(TokenProvider.of("token-1"),
                time.options().pacing(Pacing.vendorLimits()).build())) {
            call(a);
            call(a);
            call(a);
        }

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(600), Duration.ofMillis(600));
    }

    @Test
    void pacingIsOffByDefault() {
        try (AutodeskAccountAdminClient a = client(TokenProvider.of("token-1"), time.options().build())) {
            call(a);
            call(a);
        }

        assertThat(HttpOptions.defaults().pacing().enabled()).isFalse();
        assertThat(time.sleeps()).isEmpty();
    }
}
