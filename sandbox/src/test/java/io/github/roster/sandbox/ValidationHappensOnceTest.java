package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pipeline validates before the handler: a handler is never called for a request that breaks the spec or
 * a vendor pre-check, and gets a multipart body's checked fields. The handlers here only record their calls.
 */
class ValidationHappensOnceTest extends SandboxTestBase {

    private static final String BIM360 = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);
    private final RecordingHandler accountUsers = new RecordingHandler();
    private final RecordingHandler companyUsers = new RecordingHandler();

    @Override
    protected RosterSandbox.Builder configure(RosterSandbox.Builder builder) {
        return builder.handlers((state, clock) -> new OperationHandlers(Map.of(
                "updateAccountUser", accountUsers, "updateCompanyUser", companyUsers)));
    }

    @Test
    void invalidJsonBodyNeverReachesTheHandler() {
        HttpResponse<String> response = send(client.json("PATCH", BIM360, "{\"status\": \"sleeping\", \"x\": 1}"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(accountUsers.calls()).isEmpty();
    }

    @Test
    void invalidPathParameterNeverReachesTheHandler() {
        HttpResponse<String> response = send(client.json("PATCH",
                SandboxClient.procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID).replace("/users/", "/users/-"),
                "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}")
                .header("Procore-Company-Id", Long.toString(PROCORE_COMPANY_ID)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(companyUsers.calls()).isEmpty();
    }

    @Test
    void validRequestReachesTheHandlerOnceWithItsPathVariablesByName() {
        HttpResponse<String> response = send(client.json("PATCH", BIM360, "{\"status\": \"inactive\"}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(accountUsers.calls()).hasSize(1);
        PathParameters parameters = accountUsers.calls().get(0).parameters();
        assertThat(parameters.get("account_id")).isEqualTo(BIM360_ACCOUNT_ID);
        assertThat(parameters.get("user_id")).isEqualTo(BIM360_USER_ID);
    }

    @Test
    void vendorPreCheckAnswersBeforeValidationAndTheHandler() {
        HttpResponse<String> response = send(client.json("PATCH",
                SandboxClient.procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID), "{\"user\": {\"bogus\": 1}}"));
        assertThat(response.statusCode()).as("missing Procore-Company-Id beats the invalid body").isEqualTo(404);
        assertThat(companyUsers.calls()).isEmpty();
    }

    @Test
    void invalidMultipartFormNeverReachesTheHandler() {
        HttpResponse<String> response = send(client.procoreMultipart(PROCORE_COMPANY_ID, PROCORE_USER_ID,
                new MultipartBody().text("user[last_name]", "Smith")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxClient.body(response).path("errors").has("email_address")).as(response.body()).isTrue();
        assertThat(companyUsers.calls()).isEmpty();
    }

    @Test
    void validMultipartFormReachesTheHandlerWithItsCheckedFields() {
        HttpResponse<String> response = send(client.procoreMultipart(PROCORE_COMPANY_ID, PROCORE_USER_ID,
                new MultipartBody()
                        .text("user[last_name]", "Smith")
                        .text("user[email_address]", "john.smith@example.com")
                        .text("user[is_active]", "false")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(companyUsers.calls()).hasSize(1);
        RecordingHandler.Call call = companyUsers.calls().get(0);
        FormFields form = call.request().form().orElseThrow();
        assertThat(form.values().path("last_name").asText()).isEqualTo("Smith");
        assertThat(form.values().path("is_active").isBoolean()).as(form.values().toString()).isTrue();
        assertThat(call.parameters().get("company_id")).isEqualTo(Long.toString(PROCORE_COMPANY_ID));
        assertThat(call.parameters().get("id")).isEqualTo(Long.toString(PROCORE_USER_ID));
    }
}
