package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A JSON body with an array longer than any the specs allow is refused while it streams in. */
class OversizedArrayTest extends SandboxTestBase {

    @Test
    void aHundredThousandUserImportIsRefusedNamingTheArray() {
        HttpResponse<String> response = send(client.json("POST", accImportPath(ACC_PROJECT_ID),
                AccValidationTest.users(100_000)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("message").asText())
                .isEqualTo("/users/1000: more than 1000 items; no request of the specs takes that many");
        assertThat(state().accImports(ACC_PROJECT_ID)).isEmpty();
    }

    @Test
    void anImportAtTheSpecsLimitStillGetsTheOperationsOwnCheck() {
        // 201 users: within the streaming limit (1000), over users:import's own maxItems (200)
        HttpResponse<String> response = send(client.json("POST", accImportPath(ACC_PROJECT_ID),
                AccValidationTest.users(201)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).path("message").asText()).doesNotContain("more than 1000 items");
    }
}
