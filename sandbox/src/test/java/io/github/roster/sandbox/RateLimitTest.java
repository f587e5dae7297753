package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxClient.procoreUserPath;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The optional rate limit (2 per minute per rate-limit group here, fixed windows on whole minutes of the
 * injected clock): 429 with Retry-After on Autodesk paths, X-Rate-Limit-* and Retry-After on Procore paths
 * (X-Rate-Limit-* on every Procore response).
 */
class RateLimitTest extends SandboxTestBase {

    private static final String BIM360 = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);
    private static final String PROCORE = procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID);
    private static final String PROCORE_BODY =
            "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}";
    /** NOW is 10:15:20, so the window resets at 10:16:00. */
    private static final long RESET = Instant.parse("2026-11-23T10:16:00Z").getEpochSecond();

    @Override
    protected RosterSandbox.Builder configure(RosterSandbox.Builder builder) {
        return builder.rateLimitPerMinute(2);
    }

    private HttpResponse<String> bim360() {
        return send(client.json("PATCH", BIM360, "{\"default_role\": \"BIM Manager\"}"));
    }

    private HttpResponse<String> procore() {
        return send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID, PROCORE_BODY));
    }

    @Test
    void autodeskAnswers429WithRetryAfter() {
        assertThat(bim360().statusCode()).isEqualTo(200);
        assertThat(bim360().statusCode()).isEqualTo(200);

        HttpResponse<String> limited = bim360();

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("40");
        assertThat(body(limited).path("code").asInt()).isEqualTo(429);
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, BIM360, Request.Method.PATCH, limited);
    }

    @Test
    void retryAfterShrinksAsTheWindowEnds() {
        bim360();
        bim360();
        clock.advance(Duration.ofSeconds(35));
        assertThat(bim360().headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void aNewWindowAllowsRequestsAgain() {
        bim360();
        bim360();
        assertThat(bim360().statusCode()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(40));
        assertThat(bim360().statusCode()).isEqualTo(200);
    }

    @Test
    void procoreAnswers429WithRateLimitHeaders() {
        procore();
        procore();

        HttpResponse<String> limited = procore();

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("X-Rate-Limit-Limit")).hasValue("2");
        assertThat(limited.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
        assertThat(limited.headers().firstValue("X-Rate-Limit-Reset")).hasValue(Long.toString(RESET));
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("40");
        assertThat(body(limited).path("message").asText()).isNotEmpty();
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PROCORE, Request.Method.PATCH, limited);
    }

    @Test
    void everyProcoreResponseCarriesTheHeaders() {
        HttpResponse<String> ok = procore();
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("X-Rate-Limit-Limit")).hasValue("2");
        assertThat(ok.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("1");
        assertThat(ok.headers().firstValue("X-Rate-Limit-Reset")).hasValue(Long.toString(RESET));

        HttpResponse<String> unauthorized = send(client.request(PROCORE).method("PATCH",
                java.net.http.HttpRequest.BodyPublishers.ofString(PROCORE_BODY)));
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
        assertThat(unauthorized.headers().firstValue("X-Rate-Limit-Reset")).hasValue(Long.toString(RESET));
    }

    @Test
    void eachApiHasItsOwnWindow() {
        bim360();
        bim360();
        assertThat(bim360().statusCode()).isEqualTo(429);
        assertThat(send(client.json("POST", accImportPath(ACC_PROJECT_ID), AccValidationTest.users(1))).statusCode())
                .isEqualTo(202);
        assertThat(procore().statusCode()).isEqualTo(200);
    }

    @Test
    void accReadsAndWritesAreCountedSeparatelyFromEachOtherAndFromHq() {
        bim360();
        bim360();
        assertThat(bim360().statusCode()).isEqualTo(429);
        String unknownRead = "/construction/admin/v2/projects/" + ACC_PROJECT_ID + "/roles";
        assertThat(send(client.json("GET", unknownRead, "")).statusCode()).isEqualTo(404);
        assertThat(send(client.json("GET", unknownRead, "")).statusCode()).isEqualTo(404);
        HttpResponse<String> readLimited = send(client.json("GET", unknownRead, ""));
        assertThat(readLimited.statusCode()).isEqualTo(429);
        assertThat(readLimited.headers().firstValue("Retry-After")).hasValue("40");
        assertThat(send(client.json("POST", accImportPath(ACC_PROJECT_ID), AccValidationTest.users(1))).statusCode())
                .as("autodesk-admin-write has its own window").isEqualTo(202);
    }

    @Test
    void limitIsOffByDefault() {
        try (RosterSandbox unlimited = RosterSandbox.builder().clock(clock).build().start()) {
            SandboxClient other = new SandboxClient(unlimited);
            for (int i = 0; i < 30; i++) {
                assertThat(other.send(other.json("PATCH", BIM360, "{}")).statusCode()).isEqualTo(200);
            }
            HttpResponse<String> procore = other.send(other.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID, PROCORE_BODY));
            assertThat(procore.statusCode()).isEqualTo(200);
            assertThat(procore.headers().firstValue("X-Rate-Limit-Limit")).hasValue(Integer.toString(Integer.MAX_VALUE));
            assertThat(procore.headers().firstValue("X-Rate-Limit-Reset")).hasValue(Long.toString(RESET));
        }
    }
}
