package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.error.NotFoundException;
import io.github.roster.http.HttpOptions;
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
 * Connections go back to the pool when an answer has been read: a success is read whole; an error body is read
 * only in part (it may never end), and what is left of it is read out when it is short, so the next call reuses
 * the connection. Seen from a keep-alive server on loopback that
 * counts the connections it accepts.
 */
class KeptAliveConnectionsTest {

    private static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    private static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    private static final int LONG_REST = 256 * 1024;

    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status = 200;
    private volatile int padding;
    private ServerSocket server;
    private Thread acceptor;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    connections.incrementAndGet();
                    Thread serving = new Thread(() -> serve(s), "keep-alive-connection");
                    serving.setDaemon(true);
                    serving.start();
                } catch (IOException closed) {
                    // the test ended
                }
            }
        }, "keep-alive-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        acceptor.join(5_000);
    }

    @Test
    void aSuccessIsReadWholeSoEvenALongPaddedAnswerKeepsTheConnection() {
        padding = LONG_REST;
        try (AutodeskAccountAdminClient client = client()) {
            for (int i = 0; i < 3; i++) {
                assertThat(client.getAccountUser(ACCOUNT, USER).getId()).hasToString(USER);
            }
        }
        assertThat(requests).hasValue(3);
        assertThat(connections).hasValue(1);
    }

    @Test
    void anErrorBodyWhoseRestIsWithinTheDrainLimitIsReadOutAndKeepsTheConnection() {
        // the error mapper reads 64 KiB of it; the rest, under 64 KiB more, is read out on close
        status = 404;
        padding = 100 * 1024;
        try (AutodeskAccountAdminClient client = client()) {
            for (int i = 0; i < 3; i++) {
                assertThat(catchThrowableOfType(NotFoundException.class, () -> client.getAccountUser(ACCOUNT, USER))
                        .vendorMessage()).hasValue("no such user");
            }
        }
        assertThat(connections).hasValue(1);
    }

    @Test
    void aShortErrorBodyKeepsTheConnection() {
        status = 404;
        padding = 100;
        try (AutodeskAccountAdminClient client = client()) {
            for (int i = 0; i < 2; i++) {
                assertThat(catchThrowableOfType(NotFoundException.class, () -> client.getAccountUser(ACCOUNT, USER)))
                        .isNotNull();
            }
        }
        assertThat(connections).hasValue(1);
    }

    private AutodeskAccountAdminClient client() {
        return AutodeskAccountAdminClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getLocalPort())
                .tokenProvider(TokenProvider.of("token-1"))
                .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build())
                .build();
    }

    /** Answers every request on one connection until the client closes it or stops reading. */
    private void serve(Socket socket) {
        try (Socket s = socket) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (RequestHeads.read(in)) { // GETs carry no body
                requests.incrementAndGet();
                String json = status == 200
                        ? "{\"id\":\"" + USER + "\",\"email\":\"jane@example.com\",\"status\":\"active\"}"
                        : "{\"code\":\"NotFound\",\"message\":\"no such user\"}";
                byte[] body = (json + " ".repeat(padding)).getBytes(StandardCharsets.US_ASCII);
                out.write(("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException dropped) {
            // the client closed the connection
        }
    }
}
