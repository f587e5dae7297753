package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.MAPPER;
import static io.github.roster.sandbox.SandboxClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.specs.RosterSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reference pages' example requests (as the specs record them) are accepted against the seed data, and
 * the answers conform to the specs and match the documented example responses.
 */
class ReferenceExamplesTest extends SandboxTestBase {

    private static OpenAPI parse(RosterSpec spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true); // examples shared through components/examples are $refs
        return new OpenAPIV3Parser().readContents(spec.read(), null, options).getOpenAPI();
    }

    private static JsonNode example(MediaType media, String name) {
        return MAPPER.valueToTree(media.getExamples().get(name).getValue());
    }

    private static ObjectNode withoutUpdatedAt(JsonNode user) {
        ObjectNode copy = (ObjectNode) user.deepCopy();
        copy.remove("updated_at");
        return copy;
    }

    @Test
    void bim360ReferenceExampleAnswersTheDocumentedUser() {
        Operation patch = parse(RosterSpec.AUTODESK_ACCOUNT_ADMIN).getPaths()
                .get("/hq/v1/accounts/{account_id}/users/{user_id}").getPatch();
        JsonNode request = example(patch.getRequestBody().getContent().get("application/json"), "statusAndCompany");
        JsonNode documented = example(patch.getResponses().get("200").getContent().get("application/json"),
                "statusAndCompany");
        String path = "/hq/v1/accounts/9dbb160e-b904-458b-bc5c-ed184687592d/users/a75e8769-621e-40b6-a524-0cffdd2f784e";

        HttpResponse<String> response = send(client.json("PATCH", path, request.toString()));

        assertThat(response.statusCode()).isEqualTo(200);
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.PATCH, response);
        assertThat(withoutUpdatedAt(body(response))).isEqualTo(withoutUpdatedAt(documented));
    }

    @Test
    void accReferenceExampleIsAccepted() {
        Operation post = parse(RosterSpec.AUTODESK_ACCOUNT_ADMIN).getPaths()
                .get("/construction/admin/v2/projects/{projectId}/users:import").getPost();
        JsonNode request = example(post.getRequestBody().getContent().get("application/json"), "oneAdministrator");
        String path = "/construction/admin/v2/projects/367d5cc2-9008-462c-96e5-c9491db85d93/users:import";

        HttpResponse<String> response = send(client.json("POST", path, request.toString()));

        assertThat(response.statusCode()).isEqualTo(202);
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.POST, response);
        assertThat(UUID.fromString(body(response).path("jobId").asText())).isNotNull();
        assertThat(state().accImportedEmails(SandboxSeed.ACC_PROJECT_ID)).containsExactly("sampleUser1@autodesk.com");
        assertThat(state().accImports(SandboxSeed.ACC_PROJECT_ID).get(0).users().get(0)).isEqualTo(request.get("users").get(0));
    }

    @Test
    void procoreSpecExampleAnswersTheDocumentedUser() {
        Operation patch = parse(RosterSpec.PROCORE_DIRECTORY).getPaths()
                .get("/rest/v1.3/companies/{company_id}/users/{id}").getPatch();
        JsonNode request = example(patch.getRequestBody().getContent().get("application/json"), "offboard");
        JsonNode documented = example(patch.getResponses().get("200").getContent().get("application/json"),
                "offboarded");

        HttpResponse<String> response = send(client.procoreJson(8089L, 1234567890123L, request.toString()));

        assertThat(response.statusCode()).isEqualTo(200);
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, "/rest/v1.3/companies/8089/users/1234567890123",
                Request.Method.PATCH, response);
        assertThat(withoutUpdatedAt(body(response))).isEqualTo(withoutUpdatedAt(documented));
    }
}
