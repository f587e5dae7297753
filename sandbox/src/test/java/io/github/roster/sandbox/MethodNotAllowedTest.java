package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A known path with another method is 405 with {@code Allow}. */
class MethodNotAllowedTest extends SandboxTestBase {

    /** The methods the specs declare for a path template, as the {@code Allow} header lists them. */
    private static String declaredMethods(String template) {
        return SpecCatalog.shared().operations().stream()
                .filter(operation -> operation.path().text().equals(template))
                .map(operation -> operation.method().name())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    @Test
    void undeclaredMethodOnTheAccountUserPathIs405() {
        HttpResponse<String> response = send(client.request(bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID))
                .header("Authorization", "Bearer t").DELETE());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow"))
                .hasValue(declaredMethods("/hq/v1/accounts/{account_id}/users/{user_id}"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("PATCH"));
        assertThat(body(response).path("code").asInt()).isEqualTo(405);
    }

    @Test
    void procorePathWithAnotherMethodIs405InItsShape() {
        HttpResponse<String> response = send(client.json("DELETE",
                SandboxClient.procoreUserPath(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_USER_ID), ""));
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow"))
                .hasValue(declaredMethods("/rest/v1.3/companies/{company_id}/users/{id}"))
                .hasValue("GET, PATCH");
        assertThat(body(response).path("message").asText()).contains("DELETE", "GET, PATCH");
        assertThat(response.headers().firstValue("X-Rate-Limit-Limit")).isPresent();
    }

    @Test
    void putOnTheImportPathIs405() {
        HttpResponse<String> response = send(client.json("PUT", accImportPath(ACC_PROJECT_ID), "{}"));
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(body(response).path("code").asText()).isEqualTo("ERR_METHOD_NOT_ALLOWED");
    }
}
