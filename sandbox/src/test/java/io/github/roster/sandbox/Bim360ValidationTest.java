package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** BIM 360 PATCH bodies and paths that break the spec are answered 400 {"code", "message"} naming the field. */
class Bim360ValidationTest extends SandboxTestBase {

    private static final String PATH = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);

    private HttpResponse<String> patch(String json) {
        return send(client.json("PATCH", PATH, json));
    }

    private void assertRejected(HttpResponse<String> response, String... messageParts) {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = body(response);
        assertThat(error.path("code").asInt()).isEqualTo(400);
        assertThat(error.path("message").asText()).contains(messageParts);
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, PATH, Request.Method.PATCH, response);
    }

    @Test
    void wrongTypeIsRejected() {
        assertRejected(patch("{\"company_id\": 5}"), "company_id", "integer");
    }

    @Test
    void valueOverMaxLengthIsRejected() {
        assertRejected(patch("{\"default_role\": \"" + "r".repeat(256) + "\"}"), "default_role", "too long");
    }

    @Test
    void unknownEnumValueIsRejected() {
        assertRejected(patch("{\"status\": \"pending\"}"), "status", "enum");
    }

    @Test
    void malformedUuidIsRejected() {
        assertRejected(patch("{\"company_id\": \"not-a-uuid\"}"), "company_id", "UUID");
    }

    @Test
    void unknownPropertyIsRejected() {
        assertRejected(patch("{\"role\": \"account_admin\"}"), "role", "not allowed");
    }

    @Test
    void prefixedAccountIdInPathIsRejected() {
        HttpResponse<String> response = send(client.json("PATCH",
                bim360UserPath("b." + BIM360_ACCOUNT_ID, BIM360_USER_ID), "{\"status\": \"inactive\"}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("message").asText()).contains("account_id");
    }

    @Test
    void malformedJsonIsRejected() {
        assertRejected(patch("{\"status\": "), "JSON");
    }

    @Test
    void nonJsonContentTypeIsRejected() {
        HttpResponse<String> response = send(client.request(PATH)
                .header("Authorization", "Bearer t")
                .header("Content-Type", "text/plain")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("status=inactive")));
        assertRejected(response, "Content-Type");
    }

    @Test
    void rejectedRequestChangesNothing() {
        JsonNode before = state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID);
        patch("{\"status\": \"inactive\", \"unknown\": true}");
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID)).isEqualTo(before);
    }
}
