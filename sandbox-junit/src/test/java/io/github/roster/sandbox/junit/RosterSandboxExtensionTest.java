package io.github.roster.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.ReceivedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A class as a user writes it: a seeded sandbox per class, ready clients on the production auth path. */
@RosterSandbox(seed = "worlds/small.json", clientId = "ci-app", clientSecret = "ci-secret")
class RosterSandboxExtensionTest {

    static final String ACCOUNT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final String ACCOUNT_USER = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";

    @Test
    void theProcoreClientGetsATokenFromTheSandboxAndReadsTheSeededWorld(ProcoreDirectoryClient procore,
            io.github.roster.sandbox.RosterSandbox sandbox) {
        assertThat(sandbox.receivedRequests()).as("cleared before each test").isEmpty();

        assertThat(procore.showCompanyUser(4242, 77).getEmailAddress()).isEqualTo("pat@example.com");

        assertThat(sandbox.receivedRequests()).extracting(ReceivedRequest::toString)
                .containsExactly("POST /oauth/token", "GET /rest/v1.3/companies/4242/users/77");
        ReceivedRequest token = sandbox.receivedRequests().get(0);
        assertThat(token.bodyText()).contains("grant_type=client_credentials", "client_id=ci-app")
                .doesNotContain("ci-secret");
        assertThat(sandbox.receivedRequests().get(1).header("Authorization")).hasValue("Bearer ****");
        assertThat(sandbox.receivedRequests().get(1).header("Procore-Company-Id")).hasValue("4242");
    }

    @Test
    void theAutodeskClientGetsATokenFromTheSandboxAndReadsTheSeededWorld(AutodeskAccountAdminClient autodesk,
            io.github.roster.sandbox.RosterSandbox sandbox) {
        assertThat(sandbox.receivedRequests()).as("cleared before each test").isEmpty();

        assertThat(autodesk.getAccountUser(ACCOUNT, ACCOUNT_USER).getEmail()).isEqualTo("alex.admin@example.com");

        assertThat(sandbox.receivedRequests()).extracting(ReceivedRequest::toString)
                .containsExactly("POST /authentication/v2/token",
                        "GET /hq/v1/accounts/" + ACCOUNT + "/users/" + ACCOUNT_USER);
        ReceivedRequest token = sandbox.receivedRequests().get(0);
        assertThat(token.header("Authorization")).hasValue("Basic ****");
        assertThat(token.bodyText()).startsWith("grant_type=client_credentials&scope=");
    }

    @Test
    void theBaseUrlIsTheSandboxOnLoopbackAndItsHealthIsOk(URI baseUrl, io.github.roster.sandbox.RosterSandbox sandbox)
            throws Exception {
        assertThat(baseUrl).isEqualTo(sandbox.baseUrl());
        assertThat(baseUrl.toString()).matches("http://127\\.0\\.0\\.1:\\d+");

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(baseUrl.resolve("/health")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheOuterClassesSandbox(URI baseUrl, ProcoreDirectoryClient procore) {
            assertThat(procore.showCompanyUser(4242, 77).getId()).isEqualTo(77L);
            assertThat(baseUrl.getPort()).isPositive();
        }
    }
}
