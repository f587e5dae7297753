package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code GET /health}: no token, no rate limit, no injected fault. */
class HealthEndpointTest {

    @Test
    void answersOkWithoutATokenEvenWhenEverythingElseIsRefused() {
        try (RosterSandbox sandbox = RosterSandbox.builder().token("only-this").rateLimitPerMinute(1).faultRate(1.0)
                .build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = client.send(client.request(OutOfSpecRoutes.HEALTH_PATH).GET());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(SandboxClient.body(response).get("status").asText()).isEqualTo("ok");
            }
        }
    }

    @Test
    void otherMethodsAreNotAllowed() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> response = client.send(client.request(OutOfSpecRoutes.HEALTH_PATH)
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        }
    }
}
