package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slow clients (slowloris: a request head that never ends) do not stop the sandbox answering others. */
class SlowClientsTest {

    @Test
    void manySlowConnectionsDoNotBlockAnOrdinaryRequest() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).build().start()) {
            URI base = sandbox.baseUrl();
            for (int i = 0; i < 16; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
                OutputStream out = s.getOutputStream();
                // a request line and one header, and then nothing: the head never ends
                out.write(("GET /hq/v1/accounts/x/users HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            Thread.sleep(200); // let the server pick the slow connections up

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve(
                            "/hq/v1/accounts/" + SandboxSeed.BIM360_ACCOUNT_ID + "/users/" + SandboxSeed.BIM360_USER_ID))
                    .header("Authorization", "Bearer t").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}
