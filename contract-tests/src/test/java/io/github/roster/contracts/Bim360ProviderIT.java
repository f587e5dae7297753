package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.roster.sandbox.RosterSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The BIM 360 pact, verified against the sandbox. */
@Provider(Contracts.BIM360)
@PactFolder("target/pacts")
class Bim360ProviderIT extends SandboxProviderVerification {

    @State(Bim360PactTest.ACTIVE_USER)
    void activeUser() {
        assertThat(provider.current().state().bim360User(Bim360PactTest.ACCOUNT, Bim360PactTest.USER)
                .path("status").asText()).isEqualTo("active");
    }

    @State("account " + Bim360PactTest.MISSING_ACCOUNT + " does not exist")
    void missingAccount() {
        assertThat(provider.current().state().bim360User(Bim360PactTest.MISSING_ACCOUNT, Bim360PactTest.USER)
                .isMissingNode()).isTrue();
    }

    @State("user " + Bim360PactTest.PENDING + " is pending in account " + Bim360PactTest.ACCOUNT)
    void pendingUser() {
        assertThat(provider.current().state().bim360User(Bim360PactTest.ACCOUNT, Bim360PactTest.PENDING)
                .path("status").asText()).isEqualTo("pending");
    }

    @State("the rate limit is used up")
    void rateLimitUsedUp() throws Exception {
        provider.replace(RosterSandbox.builder().clock(SandboxProvider.FROZEN).rateLimitPerMinute(1));
        HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        provider.current().baseUrl() + Bim360PactTest.path(Bim360PactTest.ACCOUNT, Bim360PactTest.USER)))
                .header("Authorization", "Bearer t").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"default_role\":\"Foreman\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as("the one request of the window").isEqualTo(200);
    }
}
