package io.github.roster.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.error.TokenRequestException;
import io.github.roster.http.Loopback;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many threads needing a token at once cause one token request. The token endpoint answers slowly (a
 * WireMock delay, not a sleep in the test), so every thread asks while the first request is in flight.
 */
class TokenSingleFlightTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private static final int THREADS = 50;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private List<Future<String>> askAtOnce(TokenProvider tokens) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(pool.submit((Callable<String>) () -> {
                ready.countDown();
                go.await();
                return tokens.token();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        return results;
    }

    @Test
    void fiftyThreadsCauseOneAutodeskTokenRequest() throws Exception {
        server.stubFor(post(urlEqualTo("/authentication/v2/token")).willReturn(
                AutodeskClientCredentialsTest.token("shared-tok", 3600).withFixedDelay(500)));
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder().authBaseUrl(server.baseUrl())
                .clientId("id").clientSecret("secret").build();

        List<Future<String>> results = askAtOnce(tokens);

        for (Future<String> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo("shared-tok");
        }
        server.verify(1, postRequestedFor(urlEqualTo("/authentication/v2/token")));
    }

    @Test
    void fiftyThreadsCauseOneProcoreTokenRequest() throws Exception {
        server.stubFor(post(urlEqualTo("/oauth/token")).willReturn(
                ProcoreClientCredentialsTest.token("shared-pc-tok").withFixedDelay(500)));
        ProcoreClientCredentials tokens = ProcoreClientCredentials.builder().loginBaseUrl(server.baseUrl())
                .clientId("id").clientSecret("secret").build();

        List<Future<String>> results = askAtOnce(tokens);

        for (Future<String> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo("shared-pc-tok");
        }
        server.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
    }

    @Test
    void threadsWaitingOnAFailedRequestShareItsFailure() throws Exception {
        server.stubFor(post(urlEqualTo("/authentication/v2/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"errorCode\":\"AUTH-001\",\"developerMessage\":\"bad client\"}").withFixedDelay(2000)));
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder().authBaseUrl(server.baseUrl())
                .clientId("id").clientSecret("secret").build();

        List<Future<String>> results = askAtOnce(tokens);

        for (Future<String> r : results) {
            assertThat(cause(r)).isInstanceOf(TokenRequestException.class);
        }
        server.verify(1, postRequestedFor(urlEqualTo("/authentication/v2/token")));
    }

    private static Throwable cause(Future<String> r) throws Exception {
        try {
            r.get(10, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
