package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_NOT_INVITED_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_OTHER_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_PENDING_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The status of a pending or not_invited BIM 360 user cannot change: 409 {"code", "message"}. */
class Bim360StatusConflictTest extends SandboxTestBase {

    private HttpResponse<String> patch(String userId, String json) {
        return send(client.json("PATCH", bim360UserPath(BIM360_ACCOUNT_ID, userId), json));
    }

    private void assertConflict(String userId) {
        JsonNode before = state().bim360User(BIM360_ACCOUNT_ID, userId);
        HttpResponse<String> response = patch(userId, "{\"status\": \"active\", \"default_role\": \"Engineer\"}");
        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode error = body(response);
        assertThat(error.path("code").asInt()).isEqualTo(409);
        assertThat(error.path("message").asText()).contains(before.path("status").asText());
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN,
                bim360UserPath(BIM360_ACCOUNT_ID, userId), Request.Method.PATCH, response);
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, userId)).isEqualTo(before);
    }

    @Test
    void statusOfPendingUserCannotChange() {
        assertConflict(BIM360_PENDING_USER_ID);
    }

    @Test
    void statusOfNotInvitedUserCannotChange() {
        assertConflict(BIM360_NOT_INVITED_USER_ID);
    }

    @Test
    void otherAttributesOfPendingUserCanChange() {
        HttpResponse<String> response = patch(BIM360_PENDING_USER_ID,
                "{\"company_id\": \"" + BIM360_OTHER_COMPANY_ID + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).path("company_id").asText()).isEqualTo(BIM360_OTHER_COMPANY_ID);
        assertThat(body(response).path("status").asText()).isEqualTo("pending");
    }
}
