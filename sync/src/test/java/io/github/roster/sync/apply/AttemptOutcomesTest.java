package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How one write's answer is sorted before it is read back: taken, refused (nothing changed: safe to send again
 * after a new plan) or unknown (it may have happened: read before anything is sent again). A real server on
 * loopback gives each answer; the facade client makes one attempt.
 */
class AttemptOutcomesTest {

    private static final PlannedAction ACTION = new PlannedAction(Platform.PROCORE, "8089", ActionKind.UPDATE,
            "E1101", "ann.lee@example.com", "2233445566771",
            List.of(new FieldChange("job_title", "Site Engineer", "Site Lead")), null, Map.of("status", "active"));

    private HttpServer server;
    private volatile Answer answer;
    private final AtomicInteger requests = new AtomicInteger();
    private ProcoreDirectoryClient client;
    private final List<List<PlannedAction>> announced = new ArrayList<>();
    private final Consumer<List<PlannedAction>> beforeSending = announced::add;

    /** What the server does with the next request. */
    private interface Answer {
        void handle(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            answer.handle(exchange);
        });
        server.start();
        client = ProcoreDirectoryClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .tokenProvider(TokenProvider.of("test-token"))
                .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void anAcceptedWriteIsTakenWithTheVendorsRequestId() {
        answer = json(200, "{\"id\":2233445566771,\"last_name\":\"Lee\",\"email_address\":\"ann.lee@example.com\"}",
                "req-ok");

        Attempt attempt = send(validUpdate());

        assertThat(attempt.result()).isEqualTo(Attempt.Result.TAKEN);
        assertThat(attempt.reason()).isNull();
        assertThat(attempt.requestIds()).containsExactly("req-ok");
        assertThat(announced).containsExactly(List.of(ACTION));
    }

    @Test
    void aRefusalIsRefusedWithTheVendorsStatusMessageAndRequestId() {
        answer = json(422, "{\"errors\":{\"email_address\":[\"is taken\"]},\"message\":\"email is taken\"}",
                "req-422");

        Attempt attempt = send(validUpdate());

        assertThat(attempt.result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempt.reason()).startsWith("HTTP 422: ").contains("email is taken");
        assertThat(attempt.requestIds()).containsExactly("req-422");
    }

    @Test
    void aRefusalWithoutARequestIdCarriesNone() {
        answer = json(404, "{\"message\":\"no such user\"}", null);

        Attempt attempt = send(validUpdate());

        assertThat(attempt.result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempt.reason()).isEqualTo("HTTP 404: no such user");
        assertThat(attempt.requestIds()).isEmpty();
    }

    @Test
    void aRateLimitIsRefusedNothingWasDone() {
        answer = json(429, "{\"message\":\"slow down\"}", "req-429");

        Attempt attempt = send(validUpdate());

        assertThat(attempt.result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempt.reason()).isEqualTo("HTTP 429: slow down");
        assertThat(attempt.requestIds()).containsExactly("req-429");
    }

    @Test
    void aServerErrorIsUnknownItMayHaveBeenDone() {
        answer = json(502, "{\"message\":\"bad gateway\"}", "req-502");

        Attempt attempt = send(validUpdate());

        assertThat(attempt.result()).isEqualTo(Attempt.Result.UNKNOWN);
        assertThat(attempt.reason()).isEqualTo("HTTP 502: bad gateway");
        assertThat(attempt.requestIds()).containsExactly("req-502");
    }

    @Test
    void aConnectionClosedAfterTheRequestIsUnknown() {
        answer = exchange -> exchange.close();

        Attempt attempt = send(validUpdate());

        assertThat(requests).hasValue(1);
        assertThat(attempt.result()).isEqualTo(Attempt.Result.UNKNOWN);
        assertThat(attempt.reason()).startsWith("no answer: ");
        assertThat(attempt.requestIds()).isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedIsRefusedNothingWasSent() {
        server.stop(0);

        Attempt attempt = send(validUpdate());

        assertThat(attempt.result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempt.reason()).startsWith("not sent: ");
    }

    @Test
    void anInvalidWriteIsRefusedAndNeverSent() {
        Attempt attempt = send(new CompanyUserUpdate().lastName("Lee").emailAddress("not an address"));

        assertThat(requests).hasValue(0);
        assertThat(attempt.result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempt.reason()).startsWith("invalid, not sent: ").contains("email_address");
        assertThat(attempt.requestIds()).isEmpty();
    }

    private Attempt send(CompanyUserUpdate update) {
        return Attempt.sendOne(ACTION, beforeSending,
                () -> client.updateCompanyUserWithResponse(8089, 2233445566771L, update, null));
    }

    private static CompanyUserUpdate validUpdate() {
        return new CompanyUserUpdate().lastName("Lee").emailAddress("ann.lee@example.com").jobTitle("Site Lead");
    }

    private static Answer json(int status, String body, String requestId) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (requestId != null) {
                exchange.getResponseHeaders().add("X-Request-Id", requestId);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }
}
