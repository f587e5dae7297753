package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxClient.procoreUserPath;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Procore JSON bodies that break the spec are answered 400 {"errors": {"field": ["message"]}}. */
class ProcoreJsonValidationTest extends SandboxTestBase {

    private static final String PATH = procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID);
    private static final String REQUIRED = "\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"";

    private HttpResponse<String> patch(String userFields) {
        return send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID, "{\"user\": {" + userFields + "}}"));
    }

    private JsonNode assertFieldError(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).isEqualTo(400);
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PATH, Request.Method.PATCH, response);
        JsonNode messages = body(response).path("errors").path(field);
        assertThat(messages.isArray()).as("errors.%s in %s", field, response.body()).isTrue();
        assertThat(messages).isNotEmpty();
        return messages;
    }

    @Test
    void missingRequiredFieldIsRejected() {
        JsonNode messages = assertFieldError(patch("\"email_address\": \"john.smith@example.com\""), "last_name");
        assertThat(messages.get(0).asText()).contains("required");
    }

    @Test
    void wrongTypeIsRejected() {
        assertFieldError(patch(REQUIRED + ", \"vendor_id\": \"acme\""), "vendor_id");
    }

    @Test
    void booleanAsStringIsRejected() {
        assertFieldError(patch(REQUIRED + ", \"is_active\": \"false\""), "is_active");
    }

    @Test
    void patternMismatchIsRejected() {
        assertFieldError(patch(REQUIRED + ", \"country_code\": \"usa\""), "country_code");
    }

    @Test
    void valueBelowMinimumIsRejected() {
        assertFieldError(patch(REQUIRED + ", \"work_classification_id\": 0"), "work_classification_id");
    }

    @Test
    void invalidEmailIsRejected() {
        assertFieldError(patch("\"last_name\": \"Smith\", \"email_address\": \"not-an-email\""), "email_address");
    }

    @Test
    void nullForNonNullableFieldIsRejected() {
        assertFieldError(patch(REQUIRED + ", \"is_active\": null"), "is_active");
    }

    @Test
    void unknownPropertyIsRejected() {
        JsonNode messages = assertFieldError(patch(REQUIRED + ", \"nickname\": \"Johnny\""), "nickname");
        assertThat(messages.get(0).asText()).contains("not allowed");
    }

    @Test
    void unwrappedBodyIsRejected() {
        HttpResponse<String> response = send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID,
                "{\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}"));
        assertFieldError(response, "user");
    }

    @Test
    void malformedQueryParameterIsRejected() {
        HttpResponse<String> response = send(client.json("PATCH", PATH + "?run_configurable_validations=maybe",
                "{\"user\": {" + REQUIRED + "}}").header("Procore-Company-Id", "8089"));
        assertFieldError(response, "run_configurable_validations");
    }

    @Test
    void malformedJsonIsAnsweredWithMessage() {
        HttpResponse<String> response = send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID, "{\"user\": "));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("message").asText()).contains("JSON");
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PATH, Request.Method.PATCH, response);
    }

    @Test
    void rejectedRequestChangesNothing() {
        JsonNode before = state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID);
        patch(REQUIRED + ", \"job_title\": \"Boss\", \"country_code\": \"usa\"");
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID)).isEqualTo(before);
    }
}
