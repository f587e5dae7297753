package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatus;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TransportException;
import io.github.roster.error.UnauthorizedException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The BIM 360 PATCH is idempotent: every transient failure is retried, waits follow the server's hint,
 * and nothing that failed for good is sent again.
 */
class Bim360PatchRetryTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    static final String PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    static final String USER_JSON = "{\"id\":\"" + USER + "\",\"account_id\":\"" + ACCOUNT
            + "\",\"status\":\"inactive\",\"email\":\"jane@example.com\"}";

    private final FakeTime time = new FakeTime();
    private AutodeskAccountAdminClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private AutodeskAccountAdminClient client(HttpOptions options, TokenProvider tokens) {
        client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(tokens)
                .httpOptions(options)
                .build();
        return client;
    }

    private AutodeskAccountAdminClient client() {
        return client(time.options().build(), TokenProvider.of("token-1"));
    }

    private AccountUser deactivate() {
        return client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(USER_JSON);
    }

    private void answers(ResponseDefinitionBuilder... responses) {
        Loopback.answerInOrder(server, () -> patch(urlEqualTo(PATH)), responses);
    }

    private void verifyRequests(int n) {
        server.verify(n, patchRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void waitsRetryAfterSecondsThenSucceeds() {
        client();
        answers(aResponse().withStatus(429).withHeader("Retry-After", "25"), ok());

        assertThat(deactivate().getStatus()).isEqualTo(UserStatus.INACTIVE.getValue());

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(25));
    }

    @Test
    void waitsUntilRetryAfterHttpDateThenSucceeds() {
        client();
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.plusSeconds(30).atZone(ZoneOffset.UTC));
        answers(aResponse().withStatus(429).withHeader("Retry-After", date), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void waitsUntilXRateLimitResetThenSucceeds() {
        client();
        answers(aResponse().withStatus(429)
                .withHeader("X-Rate-Limit-Reset", Long.toString(FakeTime.START.getEpochSecond() + 40)), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void waitsRetryAfterOn503ThenSucceeds() {
        client();
        answers(aResponse().withStatus(503).withHeader("Retry-After", "7"), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void doesNotRetry500() {
        client();
        answers(aResponse().withStatus(500).withBody("{\"code\":2000,\"message\":\"internal\"}"), ok());

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, this::deactivate);

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.vendorMessage()).contains("internal");
        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 502, 504})
    void retriesGatewayFailuresWithBackoff(int status) {
        client();
        answers(aResponse().withStatus(status), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
    }

    @Test
    void retriesAfterConnectionReset() {
        client();
        answers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
    }

    @Test
    void retriesAfterEmptyResponse() {
        client();
        answers(aResponse().withFault(Fault.EMPTY_RESPONSE), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void retriesAfterReadTimeout() {
        // 1 s, not 300 ms: the second, undelayed answer must arrive in time even on a loaded machine
        client(time.options().readTimeout(Duration.ofSeconds(1)).build(), TokenProvider.of("token-1"));
        answers(ok().withFixedDelay(3000), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        verifyRequests(2);
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void readTimeoutFailsFastWithTransportException() {
        // with the 30 s default the delayed 200 would arrive and the call would succeed
        client(time.options().readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build(),
                TokenProvider.of("token-1"));
        answers(ok().withFixedDelay(2000));

        TransportException e = catchThrowableOfType(TransportException.class, this::deactivate);

        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        assertThat(e.responseUnreadable()).isFalse();
        assertThat(e).hasRootCauseInstanceOf(SocketTimeoutException.class);
        verifyRequests(1);
    }

    @Test
    void malformedJsonOn200IsNotRetried() {
        client();
        answers(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"" + USER + "\", \"status\": "));

        TransportException e = catchThrowableOfType(TransportException.class, this::deactivate);

        assertThat(e.responseUnreadable()).isTrue();
        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        assertThat(e).hasMessageContaining("could not be read");
        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void refreshesTheTokenOnceAfter401() {
        RotatingTokens tokens = new RotatingTokens();
        client(time.options().build(), tokens);
        answers(aResponse().withStatus(401).withBody("{\"developerMessage\":\"The token has expired\"}"), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        server.verify(1, patchRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-1")));
        server.verify(1, patchRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-2")));
        verifyRequests(2);
        assertThat(tokens.invalidated()).containsExactly("token-1");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void gives401ToTheCallerWhenTheFreshTokenIsRefusedToo() {
        RotatingTokens tokens = new RotatingTokens();
        client(time.options().build(), tokens);
        answers(aResponse().withStatus(401).withBody("{\"developerMessage\":\"The token is invalid\"}"));

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, this::deactivate);

        assertThat(e.vendorMessage()).contains("The token is invalid");
        verifyRequests(2);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void connectionRefusedIsRetriedUntilAttemptsRunOut() {
        client = AutodeskAccountAdminClient.builder()
                .baseUrl("http://127.0.0.1:" + Loopback.closedPort())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(time.options().build())
                .build();

        TransportException e = catchThrowableOfType(TransportException.class, this::deactivate);

        assertThat(e.requestMayHaveBeenProcessed()).isFalse();
        assertThat(time.sleeps()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
    }
}
