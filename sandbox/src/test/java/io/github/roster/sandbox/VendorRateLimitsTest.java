package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code vendorRateLimits()}: the real limits over HTTP, on the frozen clock (10:15:20): {@code /hq/} 100 per
 * minute while {@code /construction/admin} reads and writes keep their own windows.
 */
class VendorRateLimitsTest extends SandboxTestBase {

    private static final String BIM360 = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);

    @Override
    protected RosterSandbox.Builder configure(RosterSandbox.Builder builder) {
        return builder.vendorRateLimits();
    }

    @Test
    void hqAllows100PerMinuteThenAnswers429WithRetryAfter() {
        for (int i = 1; i <= 100; i++) {
            assertThat(send(client.json("PATCH", BIM360, "{}")).statusCode()).as("hq call %d", i).isEqualTo(200);
        }
        HttpResponse<String> limited = send(client.json("PATCH", BIM360, "{}"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("40");
        assertThat(body(limited).path("message").asText()).contains("100");

        assertThat(send(client.json("GET", "/construction/admin/v2/projects/" + ACC_PROJECT_ID + "/roles", ""))
                .statusCode()).as("autodesk-admin-read is counted apart from autodesk-hq").isEqualTo(404);
        assertThat(send(client.json("POST", accImportPath(ACC_PROJECT_ID), AccValidationTest.users(1)))
                .statusCode()).as("autodesk-admin-write is counted apart from autodesk-hq").isEqualTo(202);
    }

    @Test
    void procoreReportsItsHourlyWindow() {
        HttpResponse<String> response = send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID,
                "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).hasValue("3600");
        assertThat(response.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("3599");
        assertThat(response.headers().firstValue("X-Rate-Limit-Reset"))
                .hasValue(Long.toString(java.time.Instant.parse("2026-11-23T11:00:00Z").getEpochSecond()));
    }
}
