package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
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

    @State(Bim360PactTest.SIX_USERS)
    void sixUsers() throws Exception {
        JsonNode users = new ObjectMapper().readTree(get(Bim360PactTest.USERS + "?limit=100"));
        assertThat(users.size()).isEqualTo(Bim360PactTest.SEEDED_USERS);
    }

    @State(Bim360PactTest.ANN_AND_JOANN)
    void annAndJoann() {
        assertThat(provider.current().state().bim360User(Bim360PactTest.ACCOUNT, SandboxSeed.BIM360_ANN_LEE_ID)
                .path("email").asText()).isEqualTo("ann.lee@example.com");
        assertThat(provider.current().state().bim360User(Bim360PactTest.ACCOUNT, SandboxSeed.BIM360_JOANN_LEE_ID)
                .path("email").asText()).isEqualTo("joann.lee@example.com");
    }

    @State(Bim360PactTest.NO_SAM)
    void noSam() throws Exception {
        assertThat(get(Bim360PactTest.USERS + "/search?email=" + Bim360PactTest.NEW_EMAIL + "&partial=false"))
                .isEqualTo("[]");
    }

    @State(Bim360PactTest.NO_SAM + " and john.smith@mail.com is one")
    void noSamButJohn() throws Exception {
        noSam();
        assertThat(provider.current().state().bim360User(Bim360PactTest.ACCOUNT, Bim360PactTest.USER)
                .path("email").asText()).isEqualTo("john.smith@mail.com");
    }

    private String get(String pathAndQuery) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                provider.current().baseUrl() + pathAndQuery)).header("Authorization", "Bearer t").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }
}
