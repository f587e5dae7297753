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

/**
 * A JSON body sent without Content-Type is refused as an unsupported media type, and nothing changes: 415 where
 * the spec documents it (ACC), the vendor's documented 400 elsewhere (BIM 360 and Procore list no 415).
 */
class MissingContentTypeTest extends SandboxTestBase {

    private HttpRequest.Builder withoutContentType(String method, String path, String json) {
        return client.request(path).header("Authorization", "Bearer t")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void accAnswers415() {
        String path = accImportPath(ACC_PROJECT_ID);
        HttpResponse<String> response = send(withoutContentType("POST", path, AccValidationTest.users(1)));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(body(response).path("code").asText()).isEqualTo("ERR_UNSUPPORTED_MEDIA_TYPE");
        assertThat(body(response).path("message").asText()).contains("Content-Type", "application/json");
        assertThat(state().accImports(ACC_PROJECT_ID)).isEmpty();
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.POST, response);
    }

    @Test
    void bim360AnswersItsDocumented400() {
        String path = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);
        JsonNode before = state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID);
        HttpResponse<String> response = send(withoutContentType("PATCH", path, "{\"status\": \"inactive\"}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("message").asText()).contains("Content-Type");
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID)).isEqualTo(before);
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.PATCH, response);
    }

    @Test
    void procoreAnswersItsDocumented400() {
        String path = procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID);
        HttpResponse<String> response = send(withoutContentType("PATCH", path,
                "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}")
                .header("Procore-Company-Id", Long.toString(PROCORE_COMPANY_ID)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Content-Type");
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, path, Request.Method.PATCH, response);
    }
}
