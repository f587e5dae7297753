package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.sandbox.SandboxSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster bim360 list-users} and {@code find-user} against the sandbox. */
class Bim360ListAndFindUsersCommandTest {

    private final Bim360Sandbox cli = new Bim360Sandbox();

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void listUsersPrintsEveryUserAsOneJsonArrayAcrossPages(@TempDir Path dir) throws Exception {
        List<String> csv = new ArrayList<>(List.of("email,first_name"));
        for (int i = 0; i < 130; i++) {
            csv.add("bulk" + i + "@example.com,B" + i);
        }
        Files.write(dir.resolve("users.csv"), csv);
        assertThat(cli.run("import-users", "--account", Bim360Sandbox.ACCOUNT, "--csv",
                dir.resolve("users.csv").toString()).exitCode()).isZero();

        Cli.Result r = cli.run("list-users", "--account", "b." + Bim360Sandbox.ACCOUNT, "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode users = Bim360Sandbox.json(r.out());
        assertThat(users.isArray()).isTrue();
        assertThat(users.size()).isGreaterThan(130);
        List<String> emails = new ArrayList<>();
        users.forEach(u -> emails.add(u.path("email").asText()));
        assertThat(emails).contains("john.smith@mail.com", "ann.lee@example.com", "bulk0@example.com",
                "bulk129@example.com").doesNotHaveDuplicates();
        assertThat(cli.sandbox.state().requestCount("/hq/v1/accounts/" + Bim360Sandbox.ACCOUNT + "/users"))
                .as("pages of 100").isGreaterThanOrEqualTo(2);
    }

    @Test
    void listUsersAsNdjsonPrintsOneObjectPerLine() {
        Cli.Result json = cli.run("list-users", "--account", Bim360Sandbox.ACCOUNT, "--output", "json");
        Cli.Result ndjson = cli.run("list-users", "--account", Bim360Sandbox.ACCOUNT, "--output", "ndjson");

        assertThat(ndjson.exitCode()).as(ndjson.err()).isZero();
        String[] lines = ndjson.out().strip().split("\n");
        assertThat(lines).hasSize(Bim360Sandbox.json(json.out()).size());
        for (String line : lines) {
            assertThat(Bim360Sandbox.json(line).path("id").asText()).isNotEmpty();
        }
    }

    @Test
    void findUserPrintsOnlyTheExactMatchOfAFuzzyName() {
        Cli.Result r = cli.run("find-user", "--account", Bim360Sandbox.ACCOUNT, "--email", "ANN.LEE@example.com",
                "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode found = Bim360Sandbox.json(r.out());
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).path("id").asText()).isEqualTo(SandboxSeed.BIM360_ANN_LEE_ID);
    }

    @Test
    void findUserWithNoMatchPrintsAnEmptyArrayAndExitsZero() {
        Cli.Result r = cli.run("find-user", "--account", Bim360Sandbox.ACCOUNT, "--email", "lee@example.com",
                "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Bim360Sandbox.json(r.out()).size()).isZero();
    }

    @Test
    void aBadAccountIsExitTwoAndNothingIsSent() {
        Cli.Result r = cli.run("find-user", "--account", "acme", "--email", "ann.lee@example.com");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("account_id");
        assertThat(cli.sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void anUnknownAccountIsRefusedWithExitThree() {
        Cli.Result r = cli.run("list-users", "--account", "00000000-0000-4000-8000-000000000000");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("404");
    }
}
