package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Unknown accounts, users, projects, companies and paths are 404 in the vendor's shape. */
class NotFoundTest extends SandboxTestBase {

    private static final String UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000";
    private static final String PROCORE_BODY =
            "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}";

    private static void assertAutodeskNotFound(HttpResponse<String> response, Object code) {
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = body(response);
        assertThat(error.path("code").asText()).isEqualTo(String.valueOf(code));
        assertThat(error.path("message").asText()).isNotEmpty();
    }

    @Test
    void unknownBim360AccountIs404() {
        String path = bim360UserPath(UNKNOWN_UUID, BIM360_USER_ID);
        HttpResponse<String> response = send(client.json("PATCH", path, "{\"status\": \"inactive\"}"));
        assertAutodeskNotFound(response, 1004);
        assertThat(body(response).path("message").asText()).isEqualTo("this account doesn't exist.");
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.PATCH, response);
    }

    @Test
    void unknownBim360UserIs404() {
        HttpResponse<String> response = send(client.json("PATCH",
                bim360UserPath(BIM360_ACCOUNT_ID, UNKNOWN_UUID), "{\"status\": \"inactive\"}"));
        assertAutodeskNotFound(response, 1004);
    }

    @Test
    void unknownAccProjectIs404() {
        String path = accImportPath(UNKNOWN_UUID);
        HttpResponse<String> response = send(client.json("POST", path, AccValidationTest.users(1)));
        assertAutodeskNotFound(response, "ERR_NOT_FOUND");
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, path, Request.Method.POST, response);
    }

    @Test
    void unknownProcoreCompanyIs404() {
        HttpResponse<String> response = send(client.procoreJson(777L, 1234567890123L, PROCORE_BODY));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("message").asText()).contains("777");
    }

    @Test
    void unknownProcoreUserIs404() {
        HttpResponse<String> response = send(client.procoreJson(PROCORE_COMPANY_ID, 42L, PROCORE_BODY));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("message").asText()).contains("42");
    }

    @Test
    void unknownPathUnderAVendorIs404InItsShape() {
        HttpResponse<String> response = send(client.json("PATCH",
                "/hq/v1/accounts/" + BIM360_ACCOUNT_ID + "/companies/x", "{}"));
        assertAutodeskNotFound(response, 1004);
    }

    @Test
    void unknownAccPathIs404InItsShape() {
        HttpResponse<String> response = send(client.json("GET", "/construction/admin/v2/projects/x/roles", ""));
        assertAutodeskNotFound(response, "ERR_NOT_FOUND");
    }

    @Test
    void unknownProcorePathIs404InItsShapeWithRateLimitHeaders() {
        HttpResponse<String> response = send(client.json("GET", "/rest/v1.3/companies/8089/vendors", "")
                .header("Procore-Company-Id", "8089"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("message").asText()).contains("/rest/v1.3/companies/8089/vendors");
        assertThat(body(response).has("code")).isFalse();
        assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).isPresent();
    }

    @Test
    void templatePrefixIsNotAMatch() {
        HttpResponse<String> response = send(client.json("PATCH",
                bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID) + "/extra", "{}"));
        assertAutodeskNotFound(response, 1004);
    }

    @Test
    void pathOfNoVendorIs404() {
        HttpResponse<String> response = send(client.json("GET", "/nothing/here", ""));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("message").asText()).contains("/nothing/here");
    }
}
