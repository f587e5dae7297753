package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxClient.procoreUserPath;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Procore multipart/form-data updates: {@code user[field]} parts are checked against the spec's
 * CompanyUserUpdateForm schema, and the {@code user[avatar]} file is stored.
 */
class ProcoreMultipartTest extends SandboxTestBase {

    private static final String PATH = procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, 3};

    private static MultipartBody required() {
        return new MultipartBody()
                .text("user[last_name]", "Smith")
                .text("user[email_address]", "john.smith@example.com");
    }

    private HttpResponse<String> patch(MultipartBody form) {
        return send(client.procoreMultipart(PROCORE_COMPANY_ID, PROCORE_USER_ID, form));
    }

    private JsonNode assertFieldError(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PATH, Request.Method.PATCH, response);
        JsonNode messages = body(response).path("errors").path(field);
        assertThat(messages.isArray()).as("errors.%s in %s", field, response.body()).isTrue();
        assertThat(state().procoreAvatar(PROCORE_COMPANY_ID, PROCORE_USER_ID)).isEmpty();
        return messages;
    }

    @Test
    void avatarIsStoredWithItsContentType() {
        HttpResponse<String> response = patch(required()
                .text("user[first_name]", "Johnny")
                .text("user[is_active]", "false")
                .text("user[business_phone_extension]", "7")
                .file("user[avatar]", "face.png", "image/png", PNG));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PATH, Request.Method.PATCH, response);
        StoredAvatar avatar = state().procoreAvatar(PROCORE_COMPANY_ID, PROCORE_USER_ID).orElseThrow();
        assertThat(avatar.bytes()).isEqualTo(PNG);
        assertThat(avatar.contentType()).isEqualTo("image/png");
        assertThat(avatar.fileName()).isEqualTo("face.png");
        JsonNode user = body(response);
        assertThat(user.path("avatar").asText()).contains("face.png");
        assertThat(user.path("first_name").asText()).isEqualTo("Johnny");
        assertThat(user.path("name").asText()).isEqualTo("Johnny Smith");
        assertThat(user.path("is_active").isBoolean()).isTrue();
        assertThat(user.path("is_active").booleanValue()).isFalse();
        assertThat(user.path("business_phone_extension").isIntegralNumber()).isTrue();
        assertThat(user.path("business_phone_extension").asLong()).isEqualTo(7);
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_USER_ID)).isEqualTo(user);
    }

    @Test
    void formWithoutAvatarIsAccepted() {
        HttpResponse<String> response = patch(required().text("user[job_title]", "Superintendent"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).path("job_title").asText()).isEqualTo("Superintendent");
        assertThat(state().procoreAvatar(PROCORE_COMPANY_ID, PROCORE_USER_ID)).isEmpty();
    }

    @Test
    void everyFieldOfTheSpecFormIsAccepted() {
        Map<String, Schema> properties = new OpenAPIV3Parser()
                .readContents(RosterSpec.PROCORE_DIRECTORY.read()).getOpenAPI()
                .getComponents().getSchemas().get("CompanyUserUpdateForm").getProperties();
        MultipartBody form = new MultipartBody();
        properties.forEach((name, schema) -> {
            if ("binary".equals(schema.getFormat())) {
                form.file(name, "a.png", "image/png", PNG);
            } else if ("integer".equals(schema.getType())) {
                form.text(name, "42");
            } else if ("boolean".equals(schema.getType())) {
                form.text(name, "true");
            } else if (name.contains("email")) {
                form.text(name, "someone@example.com");
            } else if (name.contains("country_code") || name.contains("state_code")) {
                form.text(name, "US");
            } else {
                form.text(name, "text");
            }
        });
        assertThat(properties).hasSizeGreaterThan(25);
        HttpResponse<String> response = patch(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PATH, Request.Method.PATCH, response);
    }

    @Test
    void unknownPartIsRejected() {
        assertFieldError(patch(required().text("user[nickname]", "Johnny")), "nickname");
    }

    @Test
    void missingRequiredPartIsRejected() {
        JsonNode messages = assertFieldError(patch(new MultipartBody().text("user[last_name]", "Smith")), "email_address");
        assertThat(messages.get(0).asText()).contains("required");
    }

    @Test
    void nonIntegerPartIsRejected() {
        assertFieldError(patch(required().text("user[business_phone_extension]", "twelve")), "business_phone_extension");
    }

    @Test
    void integerBelowMinimumIsRejected() {
        assertFieldError(patch(required().text("user[vendor_id]", "0")), "vendor_id");
    }

    @Test
    void nonBooleanPartIsRejected() {
        assertFieldError(patch(required().text("user[is_active]", "yes")), "is_active");
    }

    @Test
    void countryCodeNotMatchingPatternIsRejected() {
        assertFieldError(patch(required().text("user[country_code]", "us")), "country_code");
    }

    @Test
    void stateCodeNotMatchingPatternIsRejected() {
        assertFieldError(patch(required().text("user[state_code]", "CAL1")), "state_code");
    }

    @Test
    void invalidEmailPartIsRejected() {
        assertFieldError(patch(new MultipartBody().text("user[last_name]", "Smith")
                .text("user[email_address]", "nobody")), "email_address");
    }

    @Test
    void avatarSentAsTextIsRejected() {
        JsonNode messages = assertFieldError(patch(required().text("user[avatar]", "face.png")), "avatar");
        assertThat(messages.get(0).asText()).contains("file");
    }

    @Test
    void textFieldSentAsFileIsRejected() {
        assertFieldError(patch(new MultipartBody()
                .file("user[last_name]", "name.txt", "text/plain", "Smith".getBytes(StandardCharsets.UTF_8))
                .text("user[email_address]", "john.smith@example.com")), "last_name");
    }

    @Test
    void partSentTwiceIsRejected() {
        assertFieldError(patch(required().text("user[last_name]", "Smythe")), "last_name");
    }

    @Test
    void malformedMultipartBodyIsRejected() {
        HttpResponse<String> response = send(client.request(PATH)
                .header("Authorization", "Bearer t")
                .header("Procore-Company-Id", "8089")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("--xyz\r\nno headers end here")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("message").asText()).contains("multipart");
    }
}
