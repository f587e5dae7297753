package io.github.roster.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.error.TransportException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The token endpoint's whole exchange, body included, has a deadline, and its answer is capped. */
class TokenAnswerLimitsTest {

    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Connection: close\r\n\r\n";

    private static Throwable token(TricklingServer server, Duration readTimeout) {
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder()
                .clientId("client-id").clientSecret("client-secret-value")
                .authBaseUrl(server.baseUrl())
                .readTimeout(readTimeout)
                .build();
        return catchThrowable(tokens::token);
    }

    @Test
    void aTrickledTokenAnswerEndsAtTheReadTimeout() throws Exception {
        try (TricklingServer server = new TricklingServer(HEAD, (byte) ' ', 20, false, 10_000)) {
            Throwable e = token(server, Duration.ofMillis(400));

            assertThat(e).isInstanceOf(TransportException.class)
                    .hasMessageContaining("no complete token answer within 400 ms");
        }
    }

    @Test
    void anEndlessTokenAnswerStopsAtTheCap() throws Exception {
        try (TricklingServer server = new TricklingServer(HEAD, (byte) ' ', 0, false, 10_000)) {
            Throwable e = token(server, Duration.ofSeconds(8));

            assertThat(e).isInstanceOf(TransportException.class)
                    .hasMessageContaining("token answer is longer than");
        }
    }
}
