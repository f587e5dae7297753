package io.github.roster.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TransportException;
import io.github.roster.http.FakeTime;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Loopback;
import io.github.roster.http.Pacing;
import io.github.roster.http.RetryPolicy;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers that arrive broken and calls that are interrupted: a success whose JSON is malformed was processed and
 * is not asked again; a success whose body is cut off while streaming in is an ordinary transport failure (asked
 * again only when that is safe); a thread interrupted while waiting keeps its interrupt status; the waits of
 * the default backoff really are spread.
 */
class CutShortAnswersTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    private static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    private static final String USER_PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    private static final String USERS_PATH = "/hq/v1/accounts/" + ACCOUNT + "/users";
    private static final String USER_JSON = "{\"id\":\"" + USER + "\",\"email\":\"jane@example.com\"}";

    private final FakeTime time = new FakeTime();
    private AutodeskAccountAdminClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        Thread.interrupted();
    }

    private AutodeskAccountAdminClient client(HttpOptions options) {
        client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(options)
                .build();
        return client;
    }

    @Test
    void aSuccessWithMalformedJsonIsUnreadableNamesTheParserErrorAndIsNotAskedAgain() {
        server.stubFor(get(urlEqualTo(USER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"" + USER + "\", oops")));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(time.options().build()).getAccountUser(ACCOUNT, USER));

        assertThat(e.responseUnreadable()).isTrue();
        assertThat(e.getMessage()).startsWith("GET /hq/v1/accounts/{accountId}/users/{userId}: the response could"
                + " not be read (").endsWith("Exception)").doesNotContain("FeignException");
        server.verify(1, getRequestedFor(urlEqualTo(USER_PATH)));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aSuccessCutOffWhileStreamingInIsATransportFailureAndAReadIsAskedAgain() {
        Loopback.answerInOrder(server, () -> get(urlEqualTo(USER_PATH)),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(USER_JSON));

        assertThat(client(time.options().build()).getAccountUser(ACCOUNT, USER).getEmail())
                .isEqualTo("jane@example.com");

        server.verify(2, getRequestedFor(urlEqualTo(USER_PATH)));
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void aCreateWhoseAnswerWasCutOffMayHaveBeenProcessedAndIsNotSentAgain() {
        server.stubFor(post(urlEqualTo(USERS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(time.options().build()).createAccountUser(ACCOUNT,
                        new AccountUserCreate().email("jane@example.com")));

        assertThat(e.responseUnreadable()).isFalse();
        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo(USERS_PATH)));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aThreadInterruptedWhileWaitingToRetryStopsAndKeepsItsInterruptStatus() {
        server.stubFor(get(urlEqualTo(USER_PATH)).willReturn(aResponse().withStatus(503)));
        HttpOptions options = HttpOptions.builder().sleeper(d -> {
            throw new InterruptedException("stop");
        }).build();

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client(options).getAccountUser(ACCOUNT, USER));

        assertThat(e).hasMessage("interrupted while waiting to retry");
        assertThat(e.requestMayHaveBeenProcessed()).isFalse();
        assertThat(Thread.interrupted()).isTrue();
        server.verify(1, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void aThreadInterruptedWhilePacedStopsBeforeSendingAndKeepsItsInterruptStatus() {
        server.stubFor(get(urlEqualTo(USER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(USER_JSON)));
        HttpOptions options = HttpOptions.builder().pacing(Pacing.requestsPerMinute(1)).sleeper(d -> {
            throw new InterruptedException("stop");
        }).build();
        client(options).getAccountUser(ACCOUNT, USER);

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client.getAccountUser(ACCOUNT, USER));

        assertThat(e).hasMessage("interrupted while pacing requests");
        assertThat(Thread.interrupted()).isTrue();
        server.verify(1, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void theDefaultJitterSpreadsTheWaitsOverTheirRange() {
        server.stubFor(get(urlEqualTo(USER_PATH)).willReturn(aResponse().withStatus(503)));
        HttpOptions options = time.options().retryPolicy(RetryPolicy.builder().maxAttempts(9)
                .initialBackoff(Duration.ofSeconds(8)).maxBackoff(Duration.ofSeconds(8)).build()).build();

        catchThrowableOfType(ServerErrorException.class, () -> client(options).getAccountUser(ACCOUNT, USER));

        // eight waits drawn from [4 s, 8 s]: all at the bottom would mean no jitter at all
        Set<Duration> distinct = new HashSet<>(time.sleeps());
        assertThat(time.sleeps()).hasSize(8)
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8)));
        assertThat(distinct).hasSizeGreaterThan(1);
        assertThat(time.sleeps()).anySatisfy(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(4)));
    }
}
