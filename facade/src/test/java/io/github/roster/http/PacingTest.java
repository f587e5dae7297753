package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client-side pacing: requestsPerMinute spaces request starts evenly, measured on the injected clock. */
class PacingTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private final FakeTime time = new FakeTime();
    private AutodeskAccountAdminClient client;

    @BeforeEach
    void open() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(USER_JSON)));
        client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(time.options().requestsPerMinute(120).build())
                .build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private void call() {
        client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.ACTIVE));
    }

    @Test
    void consecutiveCallsStartHalfASecondApartAt120PerMinute() {
        for (int i = 0; i < 4; i++) {
            call();
        }

        server.verify(4, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).containsExactlyElementsOf(Collections.nCopies(3, Duration.ofMillis(500)));
    }

    @Test
    void aCallAfterAQuietSpellDoesNotWait() {
        call();
        time.advance(Duration.ofSeconds(2));
        call();
        call();

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void retriesArePacedToo() {
        server.resetAll();
        Loopback.answerInOrder(server, () -> patch(urlEqualTo(PATH)),
                aResponse().withStatus(502),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(USER_JSON));
        call();

        // the backoff (250-500 ms) is shorter than the pacing interval: the pacer waits out the rest
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0).plus(time.sleeps().get(1))).isEqualTo(Duration.ofMillis(500));
    }
}
