package io.github.roster.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.client.core.RosterJson;
import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.ApiResponseDecoder;
import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TokenRequestException;
import io.github.roster.error.TransportException;
import io.github.roster.http.FakeTime;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.Loopback;
import io.github.roster.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The waits between attempts when the server gives no hint: exponential backoff with jitter between half the
 * ceiling and the ceiling, capped, for API answers and for failed token requests alike. The jitter source is
 * fixed here so each wait is known to the millisecond; everything else is the real pipeline over loopback HTTP.
 */
class BackoffWaitsTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private static final UUID ACCOUNT = UUID.fromString("9dbb160e-b904-458b-bc5c-ed184687592d");
    private static final UUID USER = UUID.fromString("a75e8769-621e-40b6-a524-0cffdd2f784e");
    private static final String PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    private static final String TOKEN_PATH = "/authentication/v2/token";
    private static final Operation GET_USER = Operation.of(AccountUsersApi.class, "getAccountUserWithHttpInfo");

    private final FakeTime time = new FakeTime();
    private Transport transport;

    @AfterEach
    void close() {
        if (transport != null) {
            transport.close();
        }
    }

    private AccountUser getUser(RetryPolicy policy, TokenProvider tokens, DoubleSupplier jitter) {
        HttpOptions options = time.options().retryPolicy(policy).build();
        transport = new Transport(options, RosterJson.newObjectMapper());
        TokenBoundApi<AccountUsersApi> api = transport.api(AccountUsersApi.class, URI.create(server.baseUrl()),
                new ApiResponseDecoder(transport.mapper()));
        CallExecutor executor = new CallExecutor(options, tokens, jitter);
        return executor.execute(GET_USER, token -> {
            var answer = api.forToken(token).getAccountUserWithHttpInfo(ACCOUNT, USER, null);
            return new CallExecutor.Exchange<>(answer.getStatusCode(), answer.getHeaders(), answer.getData());
        }).body();
    }

    private static RetryPolicy sixAttempts() {
        return RetryPolicy.builder().maxAttempts(6).initialBackoff(Duration.ofMillis(500))
                .maxBackoff(Duration.ofSeconds(3)).build();
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + USER + "\",\"email\":\"jane@example.com\"}");
    }

    private static List<Duration> millis(long... ms) {
        return java.util.Arrays.stream(ms).mapToObj(Duration::ofMillis).toList();
    }

    @Test
    void theMiddleOfTheJitterRangeDoublesUpToTheCap() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        catchThrowableOfType(ServerErrorException.class, () -> getUser(sixAttempts(), TokenProvider.of("t"), () -> 0.5));

        server.verify(6, getRequestedFor(urlEqualTo(PATH)));
        // ceilings 500, 1000, 2000, 3000 (4000 capped), 3000: each wait is half the ceiling plus half the rest
        assertThat(time.sleeps()).isEqualTo(millis(375, 750, 1500, 2250, 2250));
    }

    @Test
    void theLowEndOfTheJitterRangeIsHalfTheCeiling() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        catchThrowableOfType(ServerErrorException.class, () -> getUser(sixAttempts(), TokenProvider.of("t"), () -> 0.0));

        assertThat(time.sleeps()).isEqualTo(millis(250, 500, 1000, 1500, 1500));
    }

    @Test
    void theHighEndOfTheJitterRangeStaysBelowTheCeiling() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        catchThrowableOfType(ServerErrorException.class,
                () -> getUser(sixAttempts(), TokenProvider.of("t"), () -> 0.999));

        assertThat(time.sleeps()).isEqualTo(millis(499, 999, 1999, 2998, 2998));
    }

    @Test
    void aCallThatSucceedsAfterBackoffReturnsTheAnswer() {
        Loopback.answerInOrder(server, () -> get(urlEqualTo(PATH)), aResponse().withStatus(502),
                aResponse().withStatus(504), ok());

        AccountUser user = getUser(sixAttempts(), TokenProvider.of("t"), () -> 0.25);

        assertThat(user.getEmail()).isEqualTo("jane@example.com");
        assertThat(time.sleeps()).isEqualTo(millis(312, 625));
    }

    @Test
    void aWaitThatFillsTheBudgetExactlyIsStillWaited() {
        // 375 + 750 = 1125 ms fits a budget of exactly 1125 ms; the next wait (1500) does not
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        RetryPolicy policy = sixAttempts().toBuilder().maxTotalWait(Duration.ofMillis(1125)).build();

        catchThrowableOfType(ServerErrorException.class, () -> getUser(policy, TokenProvider.of("t"), () -> 0.5));

        server.verify(3, getRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).isEqualTo(millis(375, 750));
    }

    @Test
    void aFailedTokenRequestBacksOffTheSameWay() {
        Loopback.answerInOrder(server, () -> post(urlEqualTo(TOKEN_PATH)),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withStatus(503),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        server.stubFor(get(urlEqualTo(PATH)).willReturn(ok()));
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder()
                .authBaseUrl(server.baseUrl()).clientId("id").clientSecret("secret").clock(time).build();

        AccountUser user = getUser(sixAttempts(), tokens, () -> 0.5);

        assertThat(user.getEmail()).isEqualTo("jane@example.com");
        server.verify(3, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).isEqualTo(millis(375, 750));
    }

    @Test
    void aTokenEndpointThatKeepsFailingGivesUpAfterTheLastAttempt() {
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(503)));
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder()
                .authBaseUrl(server.baseUrl()).clientId("id").clientSecret("secret").clock(time).build();
        RetryPolicy policy = sixAttempts().toBuilder().maxAttempts(3).build();

        TokenRequestException e = catchThrowableOfType(TokenRequestException.class,
                () -> getUser(policy, tokens, () -> 0.5));

        assertThat(e.status()).isEqualTo(503);
        server.verify(3, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        server.verify(0, getRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).isEqualTo(millis(375, 750));
    }

    @Test
    void anUnreachableTokenEndpointBacksOffAndGivesUpWithTheTransportFailure() {
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder()
                .authBaseUrl("http://127.0.0.1:" + Loopback.closedPort()).clientId("id").clientSecret("secret")
                .clock(time).build();
        RetryPolicy policy = sixAttempts().toBuilder().maxAttempts(2).build();

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> getUser(policy, tokens, () -> 0.0));

        assertThat(e.requestMayHaveBeenProcessed()).isFalse();
        server.verify(0, getRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).isEqualTo(millis(250));
    }
}
