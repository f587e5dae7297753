package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.roster.sandbox.SandboxSeed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The ACC pact, verified against the sandbox. */
@Provider(Contracts.ACC)
@PactFolder("target/pacts")
class AccProviderIT extends SandboxProviderVerification {

    @State(AccPactTest.PROJECT_EXISTS)
    void projectExists() {
        assertThat(provider.current().state().accImports(AccPactTest.PROJECT)).isEmpty();
    }

    @State(AccPactTest.ANN_IS_A_MEMBER)
    void annIsAMember() {
        assertThat(provider.current().state().accProjectMember(AccPactTest.PROJECT, AccPactTest.ANN)
                .path("status").asText()).isEqualTo("active");
    }

    @State(AccPactTest.THREE_MEMBERS)
    void threeMembers() throws Exception {
        String page = get(AccPactTest.USERS + "?limit=200");
        assertThat(page).contains("\"totalResults\":3");
    }

    @State(AccPactTest.ANN_AND_JOANN)
    void annAndJoann() throws Exception {
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        provider.current().baseUrl() + "/construction/admin/v2/projects/" + AccPactTest.PROJECT
                                + "/users:import"))
                .header("Authorization", "Bearer t").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"users\":[{\"email\":\"joann.lee@example.com\","
                        + "\"products\":[{\"key\":\"docs\",\"access\":\"member\"}]}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(202);
        assertThat(get(AccPactTest.USERS + "?filter%5Bemail%5D=ann.lee%40example.com"))
                .as("a contains match finds both").contains("\"joann.lee@example.com\"", "\"ann.lee@example.com\"");
    }

    @State(AccPactTest.JOHN_HAS_PROJECTS)
    void johnHasProjects() throws Exception {
        String projects = get("/construction/admin/v1/accounts/" + SandboxSeed.BIM360_ACCOUNT_ID + "/users/"
                + SandboxSeed.BIM360_USER_ID + "/projects");
        for (String project : List.of(SandboxSeed.ACC_PROJECT_ID, SandboxSeed.ACC_OTHER_PROJECT_ID)) {
            assertThat(projects).contains(project);
        }
    }

    private String get(String pathAndQuery) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        provider.current().baseUrl() + pathAndQuery)).header("Authorization", "Bearer t").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body().replace(" ", "");
    }
}
