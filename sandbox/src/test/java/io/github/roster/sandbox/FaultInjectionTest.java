package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxClient.procoreUserPath;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Optional fault injection: a seeded share of requests is answered 503 or 429 with Retry-After: 1, or processed and
 * then left unanswered (the connection dropped).
 */
class FaultInjectionTest {

    private static final String BIM360 = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);

    private static List<Integer> statuses(RosterSandbox sandbox, int requests) {
        SandboxClient client = new SandboxClient(sandbox);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(client.send(client.json("PATCH", BIM360, "{}")).statusCode());
        }
        return statuses;
    }

    private static RosterSandbox start(double rate, long seed) {
        return RosterSandbox.builder().faultRate(rate).faultSeed(seed).build().start();
    }

    @Test
    void aboutTheConfiguredShareFails() {
        try (RosterSandbox sandbox = start(0.25, 7)) {
            List<Integer> statuses = statuses(sandbox, 400);
            long failed = statuses.stream().filter(status -> status == 503).count();
            assertThat(failed).isBetween(60L, 140L);
            assertThat(statuses).containsOnly(200, 503);
        }
    }

    @Test
    void theSameSeedFailsTheSameRequests() {
        List<Integer> first;
        List<Integer> second;
        try (RosterSandbox sandbox = start(0.5, 11)) {
            first = statuses(sandbox, 40);
        }
        try (RosterSandbox sandbox = start(0.5, 11)) {
            second = statuses(sandbox, 40);
        }
        assertThat(first).isEqualTo(second).contains(200, 503);
    }

    @Test
    void faultsCarryRetryAfterAndTheVendorShape() {
        try (RosterSandbox sandbox = start(1.0, 1)) {
            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> autodesk = client.send(client.json("PATCH", BIM360, "{}"));
            assertThat(autodesk.statusCode()).isEqualTo(503);
            assertThat(autodesk.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(body(autodesk).path("code").asInt()).isEqualTo(503);

            HttpResponse<String> procore = client.send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID, "{}"));
            assertThat(procore.statusCode()).isEqualTo(503);
            assertThat(procore.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(procore.headers().firstValue("X-Rate-Limit-Limit")).isPresent();
            assertThat(body(procore).path("message").asText()).isNotEmpty();
            assertThat(sandbox.state().requestCount(procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID), 503))
                    .isEqualTo(1);
        }
    }

    @Test
    void noFaultsByDefault() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            assertThat(statuses(sandbox, 100)).containsOnly(200);
        }
    }

    @Test
    void aDroppedConnectionComesAfterTheWriteWasApplied() {
        try (RosterSandbox sandbox = RosterSandbox.builder().faultRate(1.0)
                .faults(SandboxFault.DROP_AFTER_PROCESSING).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            assertThat(sandbox.state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("status").asText())
                    .isNotEqualTo("inactive");
            assertThatThrownBy(() -> client.send(client.json("PATCH", BIM360, "{\"status\":\"inactive\"}")))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(sandbox.state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("status").asText())
                    .isEqualTo("inactive");
            assertThat(sandbox.receivedRequests()).anyMatch(r -> r.method().equals("PATCH"));
        }
    }

    @Test
    void anInjected429WaitsOneSecondEvenUnderTheVendorsHourlyWindow() {
        try (RosterSandbox sandbox = RosterSandbox.builder().vendorRateLimits().faultRate(1.0)
                .faults(SandboxFault.TOO_MANY_REQUESTS).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> procore = client.send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID, "{}"));
            assertThat(procore.statusCode()).isEqualTo(429);
            assertThat(procore.headers().firstValue("Retry-After")).hasValue("1");
            long reset = Long.parseLong(procore.headers().firstValue("X-Rate-Limit-Reset").orElseThrow());
            assertThat(reset - java.time.Instant.now().getEpochSecond()).isBetween(-5L, 5L);
            HttpResponse<String> autodesk = client.send(client.json("PATCH", BIM360, "{}"));
            assertThat(autodesk.statusCode()).isEqualTo(429);
            assertThat(autodesk.headers().firstValue("Retry-After")).hasValue("1");
        }
    }

    @Test
    void severalFaultsAreDrawnFromOneSeed() {
        try (RosterSandbox sandbox = RosterSandbox.builder().faultRate(0.6).faultSeed(3)
                .faults(SandboxFault.UNAVAILABLE, SandboxFault.TOO_MANY_REQUESTS).build().start()) {
            assertThat(statuses(sandbox, 60)).contains(200, 429, 503).containsOnly(200, 429, 503);
        }
    }
}
