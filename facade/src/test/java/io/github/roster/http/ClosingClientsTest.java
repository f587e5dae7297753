package io.github.roster.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Closing a client releases its connections: a loopback server that keeps the connection alive after answering
 * sees it closed by the client once {@code close()} returns, and not before.
 */
class ClosingClientsTest {

    /** Answers one request on one connection with {@code body}, then waits for the client to close it. */
    private static final class KeepAliveServer implements AutoCloseable {
        private final ServerSocket socket;
        private final CountDownLatch answered = new CountDownLatch(1);
        private final CountDownLatch closedByClient = new CountDownLatch(1);
        private final Thread thread;

        KeepAliveServer(String body) throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(body), "keep-alive-server");
            thread.setDaemon(true);
            thread.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private void serve(String body) {
            try (Socket connection = socket.accept()) {
                InputStream in = connection.getInputStream();
                int matched = 0;
                while (matched < 4) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    if (b == "\r\n\r\n".charAt(matched)) {
                        matched++;
                    } else {
                        matched = b == '\r' ? 1 : 0;
                    }
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                answered.countDown();
                if (in.read() < 0) {
                    closedByClient.countDown();
                }
            } catch (IOException e) {
                closedByClient.countDown(); // a reset is a close too
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void closesItsConnection(String body, java.util.function.Function<String, AutoCloseable> open,
                                            Consumer<AutoCloseable> call) throws Exception {
        try (KeepAliveServer server = new KeepAliveServer(body)) {
            AutoCloseable client = open.apply(server.baseUrl());
            call.accept(client);
            assertThat(server.answered.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.closedByClient.getCount()).as("the connection is kept alive while the client is open")
                    .isEqualTo(1);

            client.close();

            assertThat(server.closedByClient.await(30, TimeUnit.SECONDS))
                    .as("close() closes the pooled connection").isTrue();
        }
    }

    @Test
    void closingAProcoreClientClosesItsConnections() throws Exception {
        closesItsConnection("{\"id\":5,\"last_name\":\"Smith\",\"email_address\":\"s@example.com\"}",
                base -> ProcoreDirectoryClient.builder().baseUrl(base).tokenProvider(TokenProvider.of("t")).build(),
                c -> assertThat(((ProcoreDirectoryClient) c).showCompanyUser(8089, 5).getLastName())
                        .isEqualTo("Smith"));
    }

    @Test
    void closingAnAutodeskClientClosesItsConnections() throws Exception {
        closesItsConnection("{\"id\":\"a75e8769-621e-40b6-a524-0cffdd2f784e\",\"email\":\"s@example.com\"}",
                base -> AutodeskAccountAdminClient.builder().baseUrl(base).tokenProvider(TokenProvider.of("t"))
                        .build(),
                c -> assertThat(((AutodeskAccountAdminClient) c).getProjectUser(
                        "367d5cc2-9008-462c-96e5-c9491db85d93", "a75e8769-621e-40b6-a524-0cffdd2f784e").getEmail())
                        .isEqualTo("s@example.com"));
    }
}
