package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.TransportException;
import io.github.roster.http.FakeTime;
import io.github.roster.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A success whose headers arrived but whose body stops short of its {@code Content-Length} (the connection
 * closes mid-body): the request was processed, so it is a transport failure that may have been processed,
 * retried for a read and never for a create.
 */
class TruncatedBodyTest {

    private static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    private static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";

    private final FakeTime time = new FakeTime();
    private final AtomicInteger requests = new AtomicInteger();
    private ServerSocket server;
    private Thread acceptor;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    readHead(s.getInputStream());
                    requests.incrementAndGet();
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                            + "{\"id\":\"" + USER + "\",").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    // the test ended
                }
            }
        }, "truncating-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        acceptor.join(5_000);
    }

    private static void readHead(InputStream in) throws IOException {
        RequestHeads.read(in);
        // a POST body is small: read what is there without waiting for more
        in.skip(in.available());
    }

    private AutodeskAccountAdminClient client(int attempts) {
        return AutodeskAccountAdminClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getLocalPort())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(time.options().retryPolicy(RetryPolicy.builder().maxAttempts(attempts).build()).build())
                .build();
    }

    @Test
    void aReadWhoseBodyStopsShortIsAskedAgainThenFailsAsATransportFailure() {
        try (AutodeskAccountAdminClient client = client(2)) {
            TransportException e = catchThrowableOfType(TransportException.class,
                    () -> client.getAccountUser(ACCOUNT, USER));

            assertThat(e.responseUnreadable()).isFalse();
            assertThat(e.requestMayHaveBeenProcessed()).isTrue();
            assertThat(e.getMessage()).startsWith("GET /hq/v1/accounts/{accountId}/users/{userId}: ");
        }
        assertThat(requests.get()).isEqualTo(2);
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void aCreateWhoseBodyStopsShortIsNotSentAgain() {
        try (AutodeskAccountAdminClient client = client(3)) {
            TransportException e = catchThrowableOfType(TransportException.class,
                    () -> client.createAccountUser(ACCOUNT, new AccountUserCreate().email("jane@example.com")));

            assertThat(e.responseUnreadable()).isFalse();
            assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        }
        assertThat(requests.get()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }
}
