package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The two vendors' client-credentials token endpoints, and the bearer check accepting what they issue. */
class TokenEndpointsTest {

    private static final String BIM360_USER =
            SandboxClient.bim360UserPath(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID);

    private static HttpRequest.Builder autodeskToken(SandboxClient client, String basicPair, String form) {
        HttpRequest.Builder request = client.request(TokenEndpoints.AUTODESK_PATH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basicPair != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basicPair.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static HttpRequest.Builder procoreToken(SandboxClient client, String form) {
        return client.request(TokenEndpoints.PROCORE_PATH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static HttpResponse<String> getWithToken(SandboxClient client, String path, String token) {
        return client.send(client.request(path).header("Authorization", "Bearer " + token).GET());
    }

    @Test
    void autodeskIssuesABearerTokenForBasicAuthCredentials() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> response = client.send(autodeskToken(client, "id:secret",
                    "grant_type=client_credentials&scope=account%3Aread+account%3Awrite"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = SandboxClient.body(response);
            assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
            assertThat(body.get("expires_in").asLong()).isEqualTo(TokenEndpoints.AUTODESK_LIFETIME_SECONDS);
            assertThat(body.get("access_token").asText()).isNotBlank();
        }
    }

    @Test
    void procoreIssuesABearerTokenForFormCredentials() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> response = client.send(procoreToken(client,
                    "grant_type=client_credentials&client_id=id&client_secret=secret"));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = SandboxClient.body(response);
            assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
            assertThat(body.get("expires_in").asLong()).isEqualTo(TokenEndpoints.PROCORE_LIFETIME_SECONDS);
        }
    }

    @Test
    void anIssuedTokenPassesTheBearerCheckEvenWhenATokenIsConfigured() {
        try (RosterSandbox sandbox = RosterSandbox.builder().token("only-this").build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            String issued = SandboxClient.body(client.send(autodeskToken(client, "id:secret",
                    "grant_type=client_credentials"))).get("access_token").asText();

            assertThat(getWithToken(client, BIM360_USER, issued).statusCode()).isEqualTo(200);
            assertThat(getWithToken(client, BIM360_USER, "not-issued").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void configuredCredentialsAreTheOnlyOnesAccepted() {
        try (RosterSandbox sandbox = RosterSandbox.builder().clientCredentials("app", "s3cret").build().start()) {
            SandboxClient client = new SandboxClient(sandbox);

            assertThat(client.send(autodeskToken(client, "app:s3cret", "grant_type=client_credentials")).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> wrong = client.send(autodeskToken(client, "app:wrong", "grant_type=client_credentials"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(SandboxClient.body(wrong).get("error").asText()).isEqualTo("invalid_client");
            assertThat(client.send(procoreToken(client,
                    "grant_type=client_credentials&client_id=other&client_secret=s3cret")).statusCode()).isEqualTo(401);
            assertThat(client.send(procoreToken(client,
                    "grant_type=client_credentials&client_id=app&client_secret=s3cret")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void badTokenRequestsAreRefusedInOAuthShape() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            SandboxClient client = new SandboxClient(sandbox);

            assertThat(error(client.send(autodeskToken(client, null, "grant_type=client_credentials"))))
                    .isEqualTo("401 invalid_client");
            assertThat(error(client.send(autodeskToken(client, "id:secret",
                    "grant_type=client_credentials&client_id=id&client_secret=secret"))))
                    .isEqualTo("400 invalid_request");
            assertThat(error(client.send(autodeskToken(client, ":secret", "grant_type=client_credentials"))))
                    .isEqualTo("401 invalid_client");
            assertThat(error(client.send(procoreToken(client, "grant_type=password&client_id=id&client_secret=s"))))
                    .isEqualTo("400 unsupported_grant_type");
            assertThat(error(client.send(procoreToken(client, "client_id=id&client_secret=s"))))
                    .isEqualTo("400 invalid_request");
            assertThat(error(client.send(procoreToken(client, "grant_type=client_credentials&client_id=id"))))
                    .isEqualTo("401 invalid_client");
            assertThat(error(client.send(client.request(TokenEndpoints.PROCORE_PATH)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))))).isEqualTo("400 invalid_request");
            assertThat(client.send(client.request(TokenEndpoints.PROCORE_PATH).GET()).statusCode()).isEqualTo(405);
        }
    }

    private static String error(HttpResponse<String> response) {
        return response.statusCode() + " " + SandboxClient.body(response).get("error").asText();
    }
}
