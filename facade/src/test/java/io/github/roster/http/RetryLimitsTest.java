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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.RateLimitedException;
import io.github.roster.error.ServerErrorException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where retrying stops: attempts, the total wait budget, and which hints count. */
class RetryLimitsTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private final FakeTime time = new FakeTime();
    private AutodeskAccountAdminClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private void client(RetryPolicy policy) {
        client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(time.options().retryPolicy(policy).build())
                .build();
    }

    private AccountUser deactivate() {
        return client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
    }

    private void answers(ResponseDefinitionBuilder... responses) {
        Loopback.answerInOrder(server, () -> patch(urlEqualTo(PATH)), responses);
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(USER_JSON);
    }

    private static ResponseDefinitionBuilder tooMany(int seconds) {
        return aResponse().withStatus(429).withHeader("Retry-After", Integer.toString(seconds));
    }

    @Test
    void rateLimitedAfterTheLastAttemptCarriesTheLastHint() {
        client(RetryPolicy.defaults());
        answers(tooMany(1), tooMany(2), tooMany(3), tooMany(4), tooMany(6), ok());

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, this::deactivate);

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(6));
        server.verify(5, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(3), Duration.ofSeconds(4));
    }

    @Test
    void serverErrorAfterTheLastAttemptCarriesTheLastHint() {
        client(RetryPolicy.builder().maxAttempts(3).build());
        answers(aResponse().withStatus(503).withHeader("Retry-After", "2"),
                aResponse().withStatus(503).withHeader("Retry-After", "9"));

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, this::deactivate);

        assertThat(e.status()).isEqualTo(503);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(9));
        server.verify(3, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(9));
    }

    @Test
    void aHintLongerThanTheWaitBudgetGivesUpAtOnceWithoutSleeping() {
        client(RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(60)).build());
        answers(tooMany(120), ok());

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class, this::deactivate);

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        server.verify(1, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void theBudgetCountsEveryWaitOfTheCall() {
        client(RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(60)).build());
        answers(tooMany(25), tooMany(25), tooMany(25), ok());

        catchThrowableOfType(RateLimitedException.class, this::deactivate);

        server.verify(3, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(25), Duration.ofSeconds(25));
    }

    @Test
    void withoutAHintBackoffDoublesWithJitterUpToTheCap() {
        client(RetryPolicy.builder().maxAttempts(6).initialBackoff(Duration.ofMillis(500))
                .maxBackoff(Duration.ofSeconds(3)).build());
        answers(aResponse().withStatus(503));

        catchThrowableOfType(ServerErrorException.class, this::deactivate);

        server.verify(6, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).hasSize(5);
        long[][] ranges = {{250, 500}, {500, 1000}, {1000, 2000}, {1500, 3000}, {1500, 3000}};
        for (int i = 0; i < ranges.length; i++) {
            assertThat(time.sleeps().get(i))
                    .isBetween(Duration.ofMillis(ranges[i][0]), Duration.ofMillis(ranges[i][1]));
        }
    }

    @Test
    void noneSendsOnce() {
        client(RetryPolicy.none());
        answers(tooMany(1), ok());

        catchThrowableOfType(RateLimitedException.class, this::deactivate);

        server.verify(1, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void aRateLimitResetOnAGatewayErrorIsNotAWaitHint() {
        // Procore sends X-Rate-Limit-Reset (the end of the hourly window) on every answer: on a 502 it says
        // nothing about when to retry, so the retry uses backoff instead of waiting out the hour (or giving up).
        client(RetryPolicy.defaults());
        answers(aResponse().withStatus(502)
                .withHeader("X-Rate-Limit-Reset", Long.toString(FakeTime.START.getEpochSecond() + 3600)), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        server.verify(2, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(250), Duration.ofMillis(500)));
    }

    @Test
    void aResetTimeAlreadyPastRetriesWithoutWaiting() {
        client(RetryPolicy.defaults());
        answers(aResponse().withStatus(429)
                .withHeader("X-Rate-Limit-Reset", Long.toString(FakeTime.START.getEpochSecond() - 5)), ok());

        assertThat(deactivate().getId()).hasToString(USER);

        server.verify(2, patchRequestedFor(urlEqualTo(PATH)));
        assertThat(time.sleeps()).containsExactly(Duration.ZERO);
    }
}
