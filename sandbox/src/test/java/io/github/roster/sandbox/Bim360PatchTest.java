package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_OTHER_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A BIM 360 PATCH changes only the sent attributes and updated_at, and answers the whole user. */
class Bim360PatchTest extends SandboxTestBase {

    private static final String PATH = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);

    private HttpResponse<String> patch(String json) {
        return send(client.json("PATCH", PATH, json));
    }

    private static ObjectNode withoutUpdatedAt(JsonNode user) {
        ObjectNode copy = (ObjectNode) user.deepCopy();
        copy.remove("updated_at");
        return copy;
    }

    @Test
    void onlyTheSentAttributeChanges() {
        JsonNode before = state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID);

        HttpResponse<String> response = patch("{\"company_id\": \"" + BIM360_OTHER_COMPANY_ID + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        ObjectNode expected = withoutUpdatedAt(before);
        expected.put("company_id", BIM360_OTHER_COMPANY_ID);
        assertThat(withoutUpdatedAt(body(response))).isEqualTo(expected);
        assertThat(body(response).path("status").asText()).isEqualTo("active");
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID)).isEqualTo(body(response));
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, PATH, Request.Method.PATCH, response);
    }

    @Test
    void updatedAtFollowsTheClock() {
        clock.advance(Duration.ofMillis(1234));
        HttpResponse<String> response = patch("{\"status\": \"inactive\"}");
        assertThat(body(response).path("updated_at").asText()).isEqualTo("2026-11-23T10:15:21.234Z");
    }

    @Test
    void emptyPatchChangesOnlyUpdatedAt() {
        JsonNode before = state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID);
        HttpResponse<String> response = patch("{}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(withoutUpdatedAt(body(response))).isEqualTo(withoutUpdatedAt(before));
    }

    @Test
    void statusCanGoBackAndForth() {
        assertThat(body(patch("{\"status\": \"inactive\"}")).path("status").asText()).isEqualTo("inactive");
        assertThat(body(patch("{\"status\": \"active\"}")).path("status").asText()).isEqualTo("active");
    }

    @Test
    void idsAreMatchedCaseInsensitively() {
        HttpResponse<String> response = send(client.json("PATCH",
                bim360UserPath(BIM360_ACCOUNT_ID.toUpperCase(), BIM360_USER_ID.toUpperCase()),
                "{\"default_role\": \"Viewer\"}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("default_role").asText())
                .isEqualTo("Viewer");
    }

    @Test
    void jsonWithCharsetIsAcceptedAndAnsweredAsJson() {
        HttpResponse<String> response = send(client.request(PATH)
                .header("Authorization", "Bearer t")
                .header("Content-Type", "application/json; charset=utf-8")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"default_role\": \"Viewer\"}")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }
}
