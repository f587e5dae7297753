package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** ACC users:import bodies that break the spec are answered 400 {"code": "ERR_BAD_INPUT", "message"}. */
class AccValidationTest extends SandboxTestBase {

    private static final String PATH = accImportPath(ACC_PROJECT_ID);

    static String user(int n) {
        return "{\"email\": \"user" + n + "@example.com\", \"products\": [{\"key\": \"docs\", \"access\": \"member\"}]}";
    }

    static String users(int count) {
        return IntStream.range(0, count).mapToObj(AccValidationTest::user)
                .collect(Collectors.joining(",", "{\"users\": [", "]}"));
    }

    private HttpResponse<String> post(String json) {
        return send(client.json("POST", PATH, json));
    }

    private void assertRejected(HttpResponse<String> response, String... messageParts) {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = body(response);
        assertThat(error.path("code").asText()).isEqualTo("ERR_BAD_INPUT");
        assertThat(error.path("message").asText()).contains(messageParts);
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, PATH, Request.Method.POST, response);
        assertThat(state().accImports(ACC_PROJECT_ID)).isEmpty();
    }

    @Test
    void missingRequiredFieldIsRejected() {
        assertRejected(post("{\"users\": [{\"firstName\": \"Jane\", \"products\": []}]}"), "email", "required");
    }

    @Test
    void moreThan200UsersAreRejected() {
        assertRejected(post(users(201)), "/users", "200");
    }

    @Test
    void exactly200UsersAreAccepted() {
        assertThat(post(users(200)).statusCode()).isEqualTo(202);
        assertThat(state().accImportedEmails(ACC_PROJECT_ID)).hasSize(200);
    }

    @Test
    void emptyUserListIsRejected() {
        assertRejected(post("{\"users\": []}"), "/users");
    }

    @Test
    void unknownEnumValueIsRejected() {
        assertRejected(post("{\"users\": [{\"email\": \"a@example.com\", \"products\": "
                + "[{\"key\": \"docs\", \"access\": \"admin\"}]}]}"), "/users/0/products/0/access", "enum");
    }

    @Test
    void wrongTypeIsRejected() {
        assertRejected(post("{\"users\": [{\"email\": \"a@example.com\", \"products\": [], \"roleIds\": \"r1\"}]}"),
                "/users/0/roleIds", "array");
    }

    @Test
    void valueOverMaxLengthIsRejected() {
        String email = "a".repeat(250) + "@example.com";
        assertRejected(post("{\"users\": [{\"email\": \"" + email + "\", \"products\": []}]}"),
                "/users/0/email", "too long");
    }

    @Test
    void unknownPropertyIsRejected() {
        assertRejected(post("{\"users\": [{\"email\": \"a@example.com\", \"products\": [], \"nickname\": \"J\"}]}"),
                "nickname", "not allowed");
    }

    @Test
    void nonJsonContentTypeIsAnswered415() {
        HttpResponse<String> response = send(client.request(PATH)
                .header("Authorization", "Bearer t")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("email\na@example.com")));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(body(response).path("code").asText()).isEqualTo("ERR_UNSUPPORTED_MEDIA_TYPE");
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, PATH, Request.Method.POST, response);
    }
}
