package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster sandbox} as another language's CI uses it: a real process, port 0, health, tokens, SIGTERM. */
class SandboxCommandTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private static Process roster(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RosterCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void printsTheUrlFirstServesHealthAndTokensAndStopsCleanlyOnSigterm() throws Exception {
        Path seed = Files.writeString(dir.resolve("world.json"), """
                {"procore": {"companies": [{"id": 4242, "users": [
                  {"id": 77, "last_name": "Seeded", "email_address": "seeded@example.com", "is_active": true}]}]}}""");
        Process process = roster("sandbox", "--port", "0", "--seed", seed.toString(),
                "--client-id", "ci-app", "--client-secret", "ci-secret");
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).as("the first line of stdout").matches("http://127\\.0\\.0\\.1:\\d+");
            URI base = URI.create(first);

            HttpResponse<String> health = send(HttpRequest.newBuilder(base.resolve("/health")));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");

            HttpResponse<String> refused = send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=ci-app&client_secret=wrong")));
            assertThat(refused.statusCode()).isEqualTo(401);
            HttpResponse<String> issued = send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=ci-app&client_secret=ci-secret")));
            assertThat(issued.statusCode()).isEqualTo(200);

            Cli.Result seeded = Cli.run("procore", "list-users", "--base-url", base.toString(), "--token", "t",
                    "--company", "4242", "--output", "ndjson");
            assertThat(seeded.exitCode()).as(seeded.err()).isZero();
            assertThat(seeded.out()).contains("seeded@example.com");

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
            assertThat(process.exitValue()).isEqualTo(ExitCodes.TERMINATED);
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
                }
            }).as("the port is released").isInstanceOf(ConnectException.class);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aClientIdWithoutASecretIsInvalidInput() {
        Cli.Result r = Cli.run("sandbox", "--port", "0", "--client-id", "ci-app");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--client-id and --client-secret go together");
    }

    @Test
    void anUnknownFaultOrAFaultWithoutARateIsInvalidInput() {
        Cli.Result unknown = Cli.run("sandbox", "--port", "0", "--fault-rate", "0.1", "--fault", "dropped");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--fault").contains("'dropped'").contains("drop-after-processing");

        Cli.Result noRate = Cli.run("sandbox", "--port", "0", "--fault", "too-many-requests");
        assertThat(noRate.exitCode()).isEqualTo(2);
        assertThat(noRate.err()).contains("--fault needs --fault-rate");
    }
}
