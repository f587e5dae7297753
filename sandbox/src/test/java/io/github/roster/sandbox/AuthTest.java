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
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Bearer tokens: missing or wrong is 401 in the vendor's shape; the configured token (or, by default, any) passes. */
class AuthTest extends SandboxTestBase {

    private static final String BIM360 = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);
    private static final String PROCORE = procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID);
    private static final String PROCORE_BODY =
            "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}";

    private HttpRequest.Builder bim360(String authorization) {
        HttpRequest.Builder request = client.request(BIM360)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"default_role\": \"BIM Manager\"}"));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private HttpRequest.Builder procore(String authorization) {
        HttpRequest.Builder request = client.request(PROCORE)
                .header("Content-Type", "application/json")
                .header("Procore-Company-Id", "8089")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(PROCORE_BODY));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private static void assertAutodeskAuthError(HttpResponse<String> response, String errorCode) {
        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode error = body(response);
        assertThat(error.has("developerMessage")).isTrue();
        assertThat(error.has("userMessage")).isTrue();
        assertThat(error.path("errorCode").asText()).isEqualTo(errorCode);
        assertThat(error.has("more info")).isTrue();
    }

    @Test
    void missingTokenIsRejectedInAutodeskShape() {
        HttpResponse<String> response = send(bim360(null));
        assertAutodeskAuthError(response, "AUTH-001");
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, BIM360, Request.Method.PATCH, response);
    }

    @Test
    void wrongTokenIsRejectedInAutodeskShape() {
        assertAutodeskAuthError(send(bim360("Bearer not-the-token")), "AUTH-006");
    }

    @Test
    void otherSchemeIsRejected() {
        assertAutodeskAuthError(send(bim360("Basic dDp0")), "AUTH-001");
    }

    @Test
    void emptyBearerTokenIsRejected() {
        assertAutodeskAuthError(send(bim360("Bearer ")), "AUTH-001");
    }

    @Test
    void missingTokenIsRejectedOnAcc() {
        HttpResponse<String> response = send(client.request(accImportPath(ACC_PROJECT_ID))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AccValidationTest.users(1))));
        assertAutodeskAuthError(response, "AUTH-001");
        assertThat(state().accImports(ACC_PROJECT_ID)).isEmpty();
    }

    @Test
    void missingTokenIsRejectedInProcoreShape() {
        HttpResponse<String> response = send(procore(null));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).path("message").asText()).isNotEmpty();
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PROCORE, Request.Method.PATCH, response);
    }

    @Test
    void wrongTokenIsRejectedInProcoreShape() {
        HttpResponse<String> response = send(procore("Bearer wrong"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response).path("message").asText()).contains("invalid");
    }

    @Test
    void configuredTokenIsAccepted() {
        assertThat(send(bim360("Bearer t")).statusCode()).isEqualTo(200);
        assertThat(send(procore("bearer t")).statusCode()).isEqualTo(200);
    }

    @Test
    void anyNonEmptyTokenIsAcceptedByDefault() {
        try (RosterSandbox open = RosterSandbox.builder().build().start()) {
            SandboxClient other = new SandboxClient(open);
            HttpResponse<String> response = other.send(other.request(BIM360)
                    .header("Authorization", "Bearer whatever-123")
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"default_role\": \"BIM Manager\"}")));
            assertThat(response.statusCode()).isEqualTo(200);
            HttpResponse<String> missing = other.send(other.request(BIM360)
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(missing.statusCode()).isEqualTo(401);
        }
    }
}
