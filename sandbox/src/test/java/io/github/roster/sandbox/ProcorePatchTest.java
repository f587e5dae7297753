package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxClient.procoreUserPath;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_OTHER_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_VENDOR_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A Procore JSON PATCH changes only the sent fields, an explicit null clears one, {@code name} stays
 * first + last, and the answer is the spec's CompanyUser.
 */
class ProcorePatchTest extends SandboxTestBase {

    private static final String REQUIRED = "\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"";

    private HttpResponse<String> patch(long userId, String userFields) {
        return send(client.procoreJson(PROCORE_COMPANY_ID, userId, "{\"user\": {" + userFields + "}}"));
    }

    private static ObjectNode withoutUpdatedAt(JsonNode user) {
        ObjectNode copy = (ObjectNode) user.deepCopy();
        copy.remove("updated_at");
        return copy;
    }

    @Test
    void onlyTheSentFieldsChange() {
        JsonNode before = state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID);

        HttpResponse<String> response = patch(PROCORE_USER_ID, REQUIRED + ", \"job_title\": \"Superintendent\"");

        assertThat(response.statusCode()).isEqualTo(200);
        ObjectNode expected = withoutUpdatedAt(before);
        expected.put("job_title", "Superintendent");
        assertThat(withoutUpdatedAt(body(response))).isEqualTo(expected);
        assertThat(body(response).path("updated_at").asText()).isEqualTo("2026-11-23T10:15:20Z");
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID)).isEqualTo(body(response));
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY,
                procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID), Request.Method.PATCH, response);
    }

    @Test
    void explicitNullClearsAField() {
        HttpResponse<String> response = patch(PROCORE_OTHER_USER_ID,
                "\"last_name\": \"Garcia\", \"email_address\": \"maria.garcia@example.com\", \"notes\": null");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode user = state().procoreUser(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID);
        assertThat(user.has("notes")).isTrue();
        assertThat(user.get("notes").isNull()).isTrue();
        assertThat(user.path("mobile_phone").asText()).isEqualTo("+1 512 555 0199");
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY,
                procoreUserPath(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID), Request.Method.PATCH, response);
    }

    @Test
    void nameFollowsFirstAndLastName() {
        JsonNode renamed = body(patch(PROCORE_USER_ID,
                "\"first_name\": \"Jonathan\", \"last_name\": \"Smythe\", \"email_address\": \"john.smith@example.com\""));
        assertThat(renamed.path("name").asText()).isEqualTo("Jonathan Smythe");

        JsonNode lastOnly = body(patch(PROCORE_USER_ID, "\"first_name\": null, " + REQUIRED));
        assertThat(lastOnly.path("name").asText()).isEqualTo("Smith");
    }

    @Test
    void vendorIdSetsAndClearsTheVendor() {
        JsonNode same = body(patch(PROCORE_USER_ID, REQUIRED + ", \"vendor_id\": " + PROCORE_VENDOR_ID));
        assertThat(same.path("vendor").path("name").asText()).isEqualTo("Acme Concrete");

        JsonNode other = body(patch(PROCORE_USER_ID, REQUIRED + ", \"vendor_id\": 5000000001"));
        assertThat(other.path("vendor").path("id").asLong()).isEqualTo(5000000001L);

        JsonNode cleared = body(patch(PROCORE_USER_ID, REQUIRED + ", \"vendor_id\": null"));
        assertThat(cleared.get("vendor").isNull()).isTrue();
    }

    @Test
    void idsBeyond32BitsRoundTrip() {
        JsonNode user = body(patch(PROCORE_USER_ID, REQUIRED + ", \"company_permission_template_id\": 9988776655443"));
        assertThat(user.path("id").asLong()).isEqualTo(PROCORE_USER_ID);
        assertThat(user.path("company_permission_template_id").asLong()).isEqualTo(9988776655443L);
    }

    @Test
    void runConfigurableValidationsIsAccepted() {
        HttpResponse<String> response = send(client.json("PATCH",
                procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID) + "?run_configurable_validations=true",
                "{\"user\": {" + REQUIRED + "}}").header("Procore-Company-Id", "8089"));
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
