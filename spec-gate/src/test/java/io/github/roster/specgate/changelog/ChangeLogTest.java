package io.github.roster.specgate.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

    private static final String LOG = """
            # Spec and API changes

            Prose with a `key-looking span` outside any version is ignored.

            ## 0.2.0 (unreleased)

            ### Specs
            - `users GET /users added`: lists users.
            * `users PATCH /users/{id} changed` breaking: `nickname` removed, the vendor dropped it.
            - `users DELETE /users/{id} removed` breaking:
            - no key on this bullet

            ## 0.1.0

            - `users GET /users added`
            """;

    @Test
    void readsEntriesOfOneVersionWithTheirAcknowledgements() {
        List<ChangeEntry> entries = ChangeLog.parse(LOG).entriesFor("0.2.0");

        assertThat(entries).extracting(ChangeEntry::key).containsExactly(
                "users GET /users added", "users PATCH /users/{id} changed", "users DELETE /users/{id} removed");
        assertThat(entries.get(0).breakingReason()).isEmpty();
        assertThat(entries.get(1).breakingReason()).contains("`nickname` removed, the vendor dropped it.");
        assertThat(entries.get(2).breakingReason()).as("breaking: without a reason acknowledges nothing").isEmpty();
        assertThat(entries.get(1).line()).isEqualTo(9);
    }

    @Test
    void versionsAreSeparate() {
        ChangeLog log = ChangeLog.parse(LOG);
        assertThat(log.entriesFor("0.1.0")).extracting(ChangeEntry::key).containsExactly("users GET /users added");
        assertThat(log.hasSection("0.3.0")).isFalse();
        assertThat(log.entriesFor("0.3.0")).isEmpty();
    }

    @Test
    void acknowledgementsListEveryUnlistedAndEveryUnacknowledgedChange() {
        ChangeLog log = ChangeLog.parse(LOG);
        List<DetectedChange> changes = List.of(
                new DetectedChange("users GET /users added", false, "new"),
                new DetectedChange("users PATCH /users/{id} changed", true, "removed property nickname"),
                new DetectedChange("users DELETE /users/{id} removed", true, "operation removed"),
                new DetectedChange("users POST /users added", false, "new"),
                new DetectedChange("users PUT /users changed", true, "narrower"));

        List<String> problems = Acknowledgements.problems(changes, log, "0.2.0", true);

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("BREAKING, not acknowledged: `users DELETE /users/{id} removed`")
                .contains("line 10");
        assertThat(problems.get(1)).startsWith("not listed: `users POST /users added`");
        assertThat(problems.get(2)).startsWith("BREAKING, not acknowledged: `users PUT /users changed`");
        assertThat(problems.get(3)).contains("## 0.2.0", "docs/spec-maintenance.md");
    }

    @Test
    void apiGateNeedsOnlyBreakingChangesListed() {
        List<DetectedChange> changes = List.of(new DetectedChange("roster-facade a.B#c()", false, "new method"));
        assertThat(Acknowledgements.problems(changes, ChangeLog.parse(LOG), "0.2.0", false)).isEmpty();
        assertThat(Acknowledgements.problems(changes, ChangeLog.parse(LOG), "0.2.0", true)).hasSize(2);
    }

    @Test
    void everythingAcknowledgedPasses() {
        List<DetectedChange> changes = List.of(
                new DetectedChange("users GET /users added", false, "new"),
                new DetectedChange("users PATCH /users/{id} changed", true, "removed property nickname"));
        assertThat(Acknowledgements.problems(changes, ChangeLog.parse(LOG), "0.2.0", true)).isEmpty();
    }
}
