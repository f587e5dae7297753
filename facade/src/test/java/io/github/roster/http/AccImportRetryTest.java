package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.RateLimitedException;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TransportException;
import io.github.roster.error.UnauthorizedException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ACC users:import is a POST and not idempotent: it is sent again only when the server said it did not
 * process it (429, 503) or the connection failed before anything was sent. Once the request may have been
 * delivered (reset, empty response, read timeout, 502/504/408) it is never sent twice.
 */
class AccImportRetryTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    static final String PROJECT = "3f2a7f4c-7b0c-4d49-9a0f-25b0c6c8e4d1";
    static final String PATH = "/construction/admin/v2/projects/" + PROJECT + "/users:import";
    static final UUID JOB = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000001");

    private final FakeTime time = new FakeTime();
    private AutodeskAccountAdminClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void client(String baseUrl, HttpOptions options, TokenProvider tokens) {
        client = AutodeskAccountAdminClient.builder()
                .baseUrl(baseUrl)
                .tokenProvider(tokens)
                .impersonateUser("acc-admin-1")
                .httpOptions(options)
                .build();
    }

    private void client() {
        client(server.baseUrl(), time.options().build(), TokenProvider.of("token-1"));
    }

    static List<ProjectUserImport> users(int n) {
        List<ProjectUserImport> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new ProjectUserImport().email("user" + i + "@example.com").firstName("User").lastName("N" + i)
                    .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER)));
        }
        return users;
    }

    private AccImportResult importOne() {
        return client.importProjectUsers(PROJECT, users(1));
    }

    private static ResponseDefinitionBuilder accepted() {
        return aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"" + JOB + "\"}");
    }

    private void answers(ResponseDefinitionBuilder... responses) {
        Loopback.answerInOrder(server, () -> post(urlEqualTo(PATH)), responses);
    }

    private void verifyRequests(int n) {
        server.verify(n, postRequestedFor(urlEqualTo(PATH)));
    }

    private static void assertAccepted(AccImportResult result) {
        assertThat(result.allAccepted()).isTrue();
        assertThat(result.batches()).singleElement().satisfies(b -> assertThat(b.jobId()).isEqualTo(JOB));
    }

    private static <E extends Throwable> E singleError(AccImportResult result, Class<E> type) {
        assertThat(result.allAccepted()).isFalse();
        AccImportBatch batch = result.batches().get(0);
        assertThat(batch.error()).isInstanceOf(type);
        return type.cast(batch.error());
    }

    @Test
    void retriesAfter429WithRetryAfterSeconds() {
        client();
        answers(aResponse().withStatus(429).withHeader("Retry-After", "25"), accepted());

        assertAccepted(importOne());

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(25));
    }

    @Test
    void retriesAfter429WithRetryAfterHttpDate() {
        client();
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.plusSeconds(90).atZone(ZoneOffset.UTC));
        answers(aResponse().withStatus(429).withHeader("Retry-After", date), accepted());

        assertAccepted(importOne());

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void retriesAfter429WithXRateLimitReset() {
        client();
        answers(aResponse().withStatus(429)
                .withHeader("X-Rate-Limit-Reset", Long.toString(FakeTime.START.getEpochSecond() + 12)), accepted());

        assertAccepted(importOne());

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void retriesAfter503WithRetryAfter() {
        client();
        answers(aResponse().withStatus(503).withHeader("Retry-After", "3"), accepted());

        assertAccepted(importOne());

        verifyRequests(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void doesNotRetry500() {
        client();
        answers(aResponse().withStatus(500), accepted());

        assertThat(singleError(importOne(), ServerErrorException.class).status()).isEqualTo(500);

        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 502, 504})
    void neverResendsAfterAGatewayFailure(int status) {
        client();
        answers(aResponse().withStatus(status), accepted());

        assertThat(singleError(importOne(), io.github.roster.error.ApiException.class).status()).isEqualTo(status);

        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 500, 502, 504})
    void aFailureAfterTheRequestMayHaveArrivedIsMarkedUncertain(int status) {
        client();
        answers(aResponse().withStatus(status));

        assertThat(importOne().batches()).singleElement()
                .satisfies(b -> assertThat(b.mayHaveBeenProcessed()).as("status " + status).isTrue());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 429, 503})
    void aFailureThatSaysTheUsersWereNotTakenIsNotUncertain(int status) {
        client(server.baseUrl(), time.options().retryPolicy(RetryPolicy.none()).build(), TokenProvider.of("token-1"));
        answers(aResponse().withStatus(status));

        assertThat(importOne().batches()).singleElement()
                .satisfies(b -> assertThat(b.mayHaveBeenProcessed()).as("status " + status).isFalse());
    }

    @Test
    void neverResendsAfterConnectionReset() {
        client();
        answers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), accepted());

        AccImportResult result = importOne();
        TransportException e = singleError(result, TransportException.class);

        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        assertThat(result.batches().get(0).mayHaveBeenProcessed()).isTrue();
        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void neverResendsAfterEmptyResponse() {
        client();
        answers(aResponse().withFault(Fault.EMPTY_RESPONSE), accepted());

        TransportException e = singleError(importOne(), TransportException.class);

        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void neverResendsAfterReadTimeout() {
        client(server.baseUrl(), time.options().readTimeout(Duration.ofMillis(300)).build(),
                TokenProvider.of("token-1"));
        answers(accepted().withFixedDelay(2000), accepted());

        TransportException e = singleError(importOne(), TransportException.class);

        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        assertThat(e).hasRootCauseInstanceOf(SocketTimeoutException.class);
        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void malformedAcceptedBodyIsNotResent() {
        client();
        answers(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("{\"jobId\": "));

        AccImportResult result = importOne();

        verifyRequests(1);
        assertThat(time.sleeps()).isEmpty();
        // the vendor answered 202: the users were taken, so they must not be reported as not accepted
        assertThat(result.allAccepted()).isTrue();
        assertThat(result.notAccepted()).isEmpty();
        assertThat(result.batches()).singleElement().satisfies(b -> assertThat(b.job()).isEmpty());
    }

    @Test
    void refreshesTheTokenOnceAfter401() {
        RotatingTokens tokens = new RotatingTokens();
        client(server.baseUrl(), time.options().build(), tokens);
        answers(aResponse().withStatus(401), accepted());

        assertAccepted(importOne());

        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-1")));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-2")));
        assertThat(tokens.invalidated()).containsExactly("token-1");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aFixedTokenIsNotSentAgainAfter401() {
        client();
        answers(aResponse().withStatus(401), accepted());

        singleError(importOne(), UnauthorizedException.class);

        verifyRequests(1);
    }

    @Test
    void gives401ToTheCallerWhenTheFreshTokenIsRefusedToo() {
        client(server.baseUrl(), time.options().build(), new RotatingTokens());
        answers(aResponse().withStatus(401));

        singleError(importOne(), UnauthorizedException.class);

        verifyRequests(2);
    }

    @Test
    void retriesWhenTheConnectionWasRefusedAndSendsOnceItIsUp() {
        int port = Loopback.closedPort();
        WireMockServer late = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
        AtomicReference<Integer> requestsBeforeStart = new AtomicReference<>();
        time.onSleep(d -> {
            if (!late.isRunning()) {
                late.start();
                late.stubFor(post(urlEqualTo(PATH)).willReturn(accepted()));
                requestsBeforeStart.set(late.getAllServeEvents().size());
            }
        });
        try {
            client("http://127.0.0.1:" + port, time.options().build(), TokenProvider.of("token-1"));

            assertAccepted(importOne());

            assertThat(requestsBeforeStart.get()).isZero();
            late.verify(1, postRequestedFor(urlEqualTo(PATH)));
            assertThat(time.sleeps()).hasSize(1);
        } finally {
            late.stop();
        }
    }

    @Test
    void connectionRefusedEveryTimeEndsAsNotSent() {
        client("http://127.0.0.1:" + Loopback.closedPort(), time.options().build(), TokenProvider.of("token-1"));

        AccImportResult result = importOne();
        TransportException e = singleError(result, TransportException.class);

        assertThat(e.requestMayHaveBeenProcessed()).isFalse();
        assertThat(result.batches().get(0).mayHaveBeenProcessed()).isFalse();
        assertThat(time.sleeps()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
    }

    @Test
    void eachRequestOfALargeImportFollowsTheRulesOnItsOwn() {
        client();
        String scenario = "two-batches";
        // first request: 429 then accepted; second request (users 200..249): reset, never resent
        server.stubFor(post(urlEqualTo(PATH)).inScenario(scenario).whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("b1-retry"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario(scenario).whenScenarioStateIs("b1-retry")
                .willReturn(accepted()).willSetStateTo("b2"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario(scenario).whenScenarioStateIs("b2")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("after"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario(scenario).whenScenarioStateIs("after")
                .willReturn(accepted()));

        AccImportResult result = client.importProjectUsers(PROJECT, users(250));

        assertThat(result.batches()).hasSize(2);
        assertThat(result.batches().get(0).accepted()).isTrue();
        assertThat(result.batches().get(1).error()).isInstanceOf(TransportException.class);
        assertThat(result.notAccepted()).hasSize(50);
        verifyRequests(3);
        server.verify(2, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(WireMock.matchingJsonPath("$.users[0].email", equalTo("user0@example.com"))));
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(WireMock.matchingJsonPath("$.users[0].email", equalTo("user200@example.com"))));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void rateLimitOutlastingTheAttemptsEndsWithTheLastHint() {
        client();
        answers(aResponse().withStatus(429).withHeader("Retry-After", "1"),
                aResponse().withStatus(429).withHeader("Retry-After", "2"),
                aResponse().withStatus(429).withHeader("Retry-After", "3"),
                aResponse().withStatus(429).withHeader("Retry-After", "4"),
                aResponse().withStatus(429).withHeader("Retry-After", "5"));

        RateLimitedException e = singleError(importOne(), RateLimitedException.class);

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
        verifyRequests(5);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(3), Duration.ofSeconds(4));
    }
}
