package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RosterSandbox.Builder#seed(Path)} and {@code --seed FILE}: a JSON world replaces the default seed. */
class SeedFileTest {

    private static final String ACCOUNT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String PROJECT = "a0b1c2d3-e4f5-4a6b-9c8d-7e6f5a4b3c2d";
    private static final String ALEX = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";

    static Path example() {
        try {
            return Path.of(SeedFileTest.class.getResource("/seed-example.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDocumentedExampleSeedsAllThreePlatformsAndNothingElse() {
        try (RosterSandbox sandbox = RosterSandbox.builder().seed(example()).build()) {
            SandboxState state = sandbox.state();

            assertThat(state.bim360User(ACCOUNT, ALEX).path("email").asText()).isEqualTo("alex.admin@example.com");
            assertThat(state.bim360User(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID).isMissingNode())
                    .isTrue();
            assertThat(state.hasAccProject(SandboxSeed.ACC_PROJECT_ID)).isFalse();
            JsonNode alex = state.accProjectMember(PROJECT, "ALEXADMIN001");
            assertThat(alex.path("id").asText()).isEqualTo(ALEX);
            assertThat(alex.path("accessLevels").path("projectAdmin").asBoolean()).isTrue();
            assertThat(alex.path("accessLevels").path("accountAdmin").asBoolean()).isTrue();
            assertThat(alex.path("companyName").asText()).isEqualTo("Example Construction");
            assertThat(alex.path("addedOn").asText()).isEqualTo("2025-01-03T09:00:00Z");
            JsonNode ivy = state.accountUsers().findByEmail(ACCOUNT, "invited.only@example.com").orElseThrow();
            assertThat(ivy.path("status").asText()).isEqualTo("pending");
            assertThat(state.accProjectMember(PROJECT, ivy.path("id").asText()).path("name").asText())
                    .isEqualTo("Ivy Invited");
            assertThat(state.procoreUser(777001L, 7770010000002L).path("is_active").asBoolean(true)).isFalse();
            assertThat(state.procoreUser(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_USER_ID).isMissingNode())
                    .isTrue();
        }
    }

    @Test
    void newProcoreIdsStayAboveEverySeededId(@TempDir Path directory) {
        Path file = SeedFiles.writeTo(directory, "big-id.json", "{\"procore\": {\"companies\": [{\"id\": 5,"
                + " \"users\": [{\"id\": 9000000000000, \"last_name\": \"Big\", \"email_address\": \"big@example.com\","
                + " \"is_active\": true}]}]}}");
        try (RosterSandbox sandbox = RosterSandbox.builder().seed(file).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            HttpResponse<String> created = client.send(client.procore("POST", 5L, "/rest/v1.3/companies/5/users",
                    "{\"user\": {\"last_name\": \"New\", \"email_address\": \"new@example.com\"}}"));

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(body(created).path("id").asLong()).isEqualTo(9000000000001L);
        }
    }

    @Test
    void aBadSeedIsRefusedNamingWhatIsWrong(@TempDir Path directory) {
        Path noEmail = SeedFiles.writeTo(directory, "no-email.json", "{\"autodesk\": {\"accounts\": [{\"id\": \"a\","
                + " \"users\": [{\"id\": \"u1\"}]}]}}");
        Path notArray = SeedFiles.writeTo(directory, "not-array.json", "{\"procore\": {\"companies\": {}}}");
        Path duplicate = SeedFiles.writeTo(directory, "duplicate.json", "{\"procore\": {\"companies\": [{\"id\": 1,"
                + " \"users\": [{\"id\": 1, \"email_address\": \"a@x.com\"}, {\"id\": 2, \"email_address\": \"A@x.com\"}]}]}}");

        assertThatThrownBy(() -> RosterSandbox.builder().seed(noEmail).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users[].email");
        assertThatThrownBy(() -> RosterSandbox.builder().seed(notArray).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"companies\" must be an array");
        assertThatThrownBy(() -> RosterSandbox.builder().seed(duplicate).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A@x.com");
        assertThatThrownBy(() -> RosterSandbox.builder().seed(directory.resolve("missing.json")).build())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.json");
    }

    @Test
    void seedOptionOfTheCommandLineSeedsTheSandbox() {
        try (RosterSandbox sandbox = SandboxArguments.parse("--seed", example().toString())
                .configure(RosterSandbox.builder()).build()) {
            assertThat(sandbox.state().bim360User(ACCOUNT, ALEX).isMissingNode()).isFalse();
        }
    }

    @Test
    void tenThousandUsersPerPlatformSeedAndPageToTheEnd(@TempDir Path directory) {
        Path file = SeedFiles.write(directory, 10_000);
        try (RosterSandbox sandbox = RosterSandbox.builder().seed(file).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);

            HttpResponse<String> hq = client.send(client.get("/hq/v1/accounts/" + SeedFiles.ACCOUNT_ID
                    + "/users?limit=100&offset=9950"));
            HttpResponse<String> acc = client.send(client.get("/construction/admin/v1/projects/" + SeedFiles.PROJECT_ID
                    + "/users?limit=200&offset=9900"));
            HttpResponse<String> procore = client.send(client.procore("GET", SeedFiles.COMPANY_ID,
                    "/rest/v1.3/companies/" + SeedFiles.COMPANY_ID + "/users?per_page=1000&page=10", null));

            assertThat(body(hq)).hasSize(50);
            assertThat(body(hq).get(49).path("email").asText()).isEqualTo("user9999@example.com");
            assertThat(body(acc).path("results")).hasSize(100);
            assertThat(body(acc).path("pagination").path("totalResults").asInt()).isEqualTo(10_000);
            assertThat(body(acc).path("pagination").path("nextUrl").asText()).isEmpty();
            assertThat(body(procore)).hasSize(1000);
            assertThat(procore.headers().firstValue("Total")).hasValue("10000");
            assertThat(procore.headers().firstValue("Link").orElseThrow()).doesNotContain("rel=\"next\"");
        }
    }
}
