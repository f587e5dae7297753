package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxClient.procoreUserPath;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Procore-Company-Id: missing is 404 "Missing Procore-Company-Id header!", another company is 403. */
class ProcoreCompanyHeaderTest extends SandboxTestBase {

    private static final String PATH = procoreUserPath(PROCORE_COMPANY_ID, PROCORE_USER_ID);
    private static final String BODY =
            "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}";

    @Test
    void missingHeaderIsAnswered404() {
        HttpResponse<String> response = send(client.json("PATCH", PATH, BODY));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response).path("message").asText()).isEqualTo("Missing Procore-Company-Id header!");
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PATH, Request.Method.PATCH, response);
    }

    @Test
    void headerForAnotherCompanyIsAnswered403() {
        HttpResponse<String> response = send(client.json("PATCH", PATH, BODY).header("Procore-Company-Id", "8090"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(body(response).path("message").asText()).contains("8090", "8089");
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, PATH, Request.Method.PATCH, response);
    }

    @Test
    void nonNumericHeaderIsRejected() {
        HttpResponse<String> response = send(client.json("PATCH", PATH, BODY).header("Procore-Company-Id", "acme"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("errors").has("Procore-Company-Id")).as(response.body()).isTrue();
    }

    @Test
    void matchingHeaderIsAccepted() {
        assertThat(send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID, BODY)).statusCode()).isEqualTo(200);
    }
}
