package io.github.roster.specgate.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecGateTest {

    private static final String PATCH_CHANGED = "users PATCH /accounts/{account_id}/users/{user_id} changed";
    private static final String LIST_ADDED = "users GET /accounts/{account_id}/users added";

    @TempDir
    Path dir;
    private Path specs;
    private Path baseline;
    private Path changes;
    private Path out;

    @BeforeEach
    void layOut() throws IOException {
        specs = Files.createDirectories(dir.resolve("specs"));
        baseline = Files.createDirectories(dir.resolve("baseline"));
        changes = dir.resolve("CHANGES.md");
        out = dir.resolve("target/spec-changes");
        Files.writeString(baseline.resolve("users.yaml"), Fixtures.read("baseline/users.yaml"));
    }

    private List<String> gate(String fixture, String changeLog) throws IOException {
        Files.writeString(specs.resolve("users.yaml"), Fixtures.read(fixture));
        Files.writeString(changes, changeLog);
        return SpecGate.run(specs, baseline, changes, "0.1.0", out);
    }

    @Test
    void unchangedSpecPassesWithAnEmptyChangeLog() throws IOException {
        assertThat(gate("baseline/users.yaml", "")).isEmpty();
        assertThat(out.resolve("users.md")).content().contains("No change to any operation.");
    }

    @Test
    void breakingChangeFailsUntilAcknowledged() throws IOException {
        assertThat(gate("breaking/users.yaml", "## 0.1.0 (unreleased)\n"))
                .first().asString().startsWith("BREAKING, not acknowledged: `" + PATCH_CHANGED + "`");
        assertThat(gate("breaking/users.yaml", "## 0.1.0 (unreleased)\n- `" + PATCH_CHANGED + "`\n"))
                .first().asString().startsWith("BREAKING, not acknowledged");
        assertThat(gate("breaking/users.yaml", "## 0.2.0\n- `" + PATCH_CHANGED + "` breaking: wrong version\n"))
                .as("an acknowledgement under another version does not count").isNotEmpty();

        assertThat(gate("breaking/users.yaml",
                "## 0.1.0 (unreleased)\n- `" + PATCH_CHANGED + "` breaking: the vendor now limits roles to 100.\n"))
                .isEmpty();
        assertThat(out.resolve("users.md")).content().contains(PATCH_CHANGED, "**breaking**");
    }

    @Test
    void nonBreakingChangesMustBeListed() throws IOException {
        List<String> problems = gate("nonbreaking/users.yaml", "## 0.1.0 (unreleased)\n- `" + LIST_ADDED + "`\n");
        assertThat(problems).first().asString().isEqualTo(
                "not listed: `" + PATCH_CHANGED + "` (request body compatible, responses compatible)");

        assertThat(gate("nonbreaking/users.yaml",
                "## 0.1.0 (unreleased)\n- `" + LIST_ADDED + "`: lists users.\n- `" + PATCH_CHANGED + "`: company_id.\n"))
                .isEmpty();
    }

    @Test
    void newSpecWithoutBaselineIsAllNew() throws IOException {
        Files.writeString(specs.resolve("groups.yaml"), Fixtures.read("baseline/users.yaml"));
        List<String> problems = gate("baseline/users.yaml", "");
        assertThat(problems).first().asString()
                .startsWith("not listed: `groups PATCH /accounts/{account_id}/users/{user_id} added`");
    }
}
