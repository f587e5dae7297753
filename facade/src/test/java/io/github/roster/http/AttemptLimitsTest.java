package io.github.roster.http;

import static io.github.roster.http.Bim360PatchRetryTest.ACCOUNT;
import static io.github.roster.http.Bim360PatchRetryTest.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TransportException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every attempt has an overall deadline and reads a capped number of body bytes: a server that trickles a byte
 * at a time (never tripping the per-read timeout) or sends an endless body fails the call with a clear
 * {@link TransportException}, never a hang or an {@code OutOfMemoryError}.
 */
class AttemptLimitsTest {

    private static final String JSON_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100000\r\n\r\n";
    private static final String ENDLESS_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Connection: close\r\n\r\n";

    private static Throwable getUser(TricklingServer server, HttpOptions.Builder options) {
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(options.retryPolicy(RetryPolicy.builder().maxAttempts(1).build()).build())
                .build()) {
            return catchThrowable(() -> client.getAccountUser(ACCOUNT, USER));
        }
    }

    @Test
    void aTrickledBodyEndsAtTheAttemptTimeout() throws Exception {
        try (TricklingServer server = new TricklingServer(JSON_HEAD, (byte) ' ', 20, false, 10_000)) {
            Throwable e = getUser(server, HttpOptions.builder()
                    .readTimeout(Duration.ofSeconds(5)).attemptTimeout(Duration.ofMillis(400)));

            assertThat(e).isInstanceOf(TransportException.class)
                    .hasMessageContaining("attempt timeout of 400 ms");
            assertThat(((TransportException) e).requestMayHaveBeenProcessed()).isTrue();
        }
    }

    @Test
    void aTrickledHeadEndsAtTheAttemptTimeout() throws Exception {
        try (TricklingServer server = new TricklingServer(JSON_HEAD, (byte) ' ', 20, true, 10_000)) {
            Throwable e = getUser(server, HttpOptions.builder()
                    .readTimeout(Duration.ofSeconds(5)).attemptTimeout(Duration.ofMillis(400)));

            assertThat(e).isInstanceOf(TransportException.class)
                    .hasMessageContaining("attempt timeout of 400 ms");
        }
    }

    @Test
    void anEndlessBodyStopsAtTheByteCap() throws Exception {
        try (TricklingServer server = new TricklingServer(ENDLESS_HEAD, (byte) ' ', 0, false, 10_000)) {
            Throwable e = getUser(server, HttpOptions.builder().maxResponseBytes(64 * 1024));

            assertThat(e).isInstanceOf(TransportException.class)
                    .hasMessageContaining("longer than the limit of 65536 bytes");
            assertThat(((TransportException) e).responseUnreadable()).isTrue();
        }
    }

    @Test
    void anEndlessErrorBodyKeepsItsStatusAndAPrefix() throws Exception {
        String head = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n";
        try (TricklingServer server = new TricklingServer(head, (byte) 'x', 0, false, 10_000)) {
            Throwable e = getUser(server, HttpOptions.builder());

            assertThat(e).isInstanceOf(ServerErrorException.class);
            assertThat(((ServerErrorException) e).status()).isEqualTo(500);
            assertThat(((ServerErrorException) e).rawBody()).endsWith("[truncated]").hasSizeLessThan(70_000);
        }
    }
}
