package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.roster.auth.TokenProvider;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write is read back, and only what the read shows counts as applied. A forwarding proxy on loopback in front
 * of the sandbox answers chosen requests with a 503 instead: a write whose outcome is then unknown and which the read
 * does not show stays unverified (not failed: it may still land), and a write whose read-back cannot be read is
 * unverified too, never called applied.
 */
class ReadBackTest {

    private static final ApplyOptions QUICK = new ApplyOptions(Duration.ofSeconds(2), Duration.ofMillis(100), false);
    private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "transfer-encoding");
    private static final PlannedAction RETITLE = new PlannedAction(Platform.PROCORE, HandMadePlans.COMPANY,
            ActionKind.UPDATE, "E1101", "ann.lee@example.com", HandMadePlans.PROCORE_ANN_LEE,
            List.of(new FieldChange("job_title", "Site Engineer", "Site Lead")), null, Map.of("status", "active"));

    @TempDir
    Path dir;

    private RosterSandbox sandbox;
    private HttpServer proxy;
    private final HttpClient forward = HttpClient.newHttpClient();
    private final AtomicInteger writes = new AtomicInteger();
    private volatile Predicate<HttpExchange> refuse = e -> false;

    @BeforeEach
    void start() throws IOException {
        sandbox = RosterSandbox.builder().build().start();
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", this::handle);
        proxy.start();
    }

    @AfterEach
    void stop() {
        proxy.stop(0);
        sandbox.close();
    }

    @Test
    void aWriteTheVendorMayHaveDoneButTheReadDoesNotShowIsUnverified() {
        refuse = e -> !e.getRequestMethod().equals("GET");

        ActionResult result = applyRetitle();

        assertThat(result.outcome()).isEqualTo(ActionOutcome.UNVERIFIED);
        assertThat(result.reason()).isEqualTo("written, but job_title reads 'Site Engineer', planned 'Site Lead'");
        assertThat(jobTitle()).isEqualTo("Site Engineer");
    }

    @Test
    void aWriteWhoseReadBackFailsIsUnverifiedNotApplied() {
        refuse = e -> {
            if (!e.getRequestMethod().equals("GET")) {
                writes.incrementAndGet();
                return false;
            }
            return writes.get() > 0;
        };

        ActionResult result = applyRetitle();

        assertThat(result.outcome()).isEqualTo(ActionOutcome.UNVERIFIED);
        assertThat(result.reason()).startsWith("written, but reading it back failed: ");
        assertThat(jobTitle()).as("the write itself went through").isEqualTo("Site Lead");
    }

    private ActionResult applyRetitle() {
        Plan plan = HandMadePlans.plan(List.of(RETITLE), dir.resolve("state.json"), 1);
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        try (ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
                .baseUrl("http://127.0.0.1:" + proxy.getAddress().getPort())
                .tokenProvider(TokenProvider.of("t"))
                .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build()).build()) {
            List<ActionResult> results = new SyncApplier(null, procore, QUICK).apply(plan, file).results();
            assertThat(results).hasSize(1);
            return results.get(0);
        }
    }

    private String jobTitle() {
        return sandbox.state().procoreUser(8089L, Long.parseLong(HandMadePlans.PROCORE_ANN_LEE)).path("job_title")
                .asText();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (refuse.test(exchange)) {
                byte[] refusal = "{\"message\":\"unavailable\"}".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(503, refusal.length);
                exchange.getResponseBody().write(refusal);
                return;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create(sandbox.baseUrl().toString().replaceAll("/$", "") + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
