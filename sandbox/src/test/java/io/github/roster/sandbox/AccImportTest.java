package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ACC users:import answers 202 with a fresh jobId and keeps every accepted request. */
class AccImportTest extends SandboxTestBase {

    private static final String PATH = accImportPath(ACC_PROJECT_ID);

    private HttpResponse<String> post(String json) {
        return send(client.json("POST", PATH, json));
    }

    @Test
    void acceptedImportIsRecordedWithItsJobId() {
        HttpResponse<String> response = post(AccValidationTest.users(2));

        assertThat(response.statusCode()).isEqualTo(202);
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN, PATH, Request.Method.POST, response);
        UUID jobId = UUID.fromString(body(response).path("jobId").asText());
        List<AccImport> imports = state().accImports(ACC_PROJECT_ID);
        assertThat(imports).hasSize(1);
        assertThat(imports.get(0).jobId()).isEqualTo(jobId);
        assertThat(imports.get(0).emails()).containsExactly("user0@example.com", "user1@example.com");
        assertThat(imports.get(0).users()).hasSize(2);
        assertThat(imports.get(0).acceptedAt()).isEqualTo(NOW);
    }

    @Test
    void everyImportGetsItsOwnJobIdAndIsKept() {
        String first = body(post(AccValidationTest.users(1))).path("jobId").asText();
        String second = body(post(AccValidationTest.users(1))).path("jobId").asText();

        assertThat(first).isNotEqualTo(second);
        assertThat(state().accImports(ACC_PROJECT_ID)).extracting(accepted -> accepted.jobId().toString())
                .containsExactly(first, second);
        assertThat(state().accImportedEmails(ACC_PROJECT_ID))
                .containsExactly("user0@example.com", "user0@example.com");
    }

    @Test
    void projectIdIsMatchedCaseInsensitively() {
        HttpResponse<String> response = send(client.json("POST",
                accImportPath(ACC_PROJECT_ID.toUpperCase()), AccValidationTest.users(1)));
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(state().accImports(ACC_PROJECT_ID)).hasSize(1);
    }
}
