package io.github.roster.specgate.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.roster.specgate.changelog.DetectedChange;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecDifferTest {

    private static final String PATCH_USER = "users PATCH /accounts/{account_id}/users/{user_id} changed";

    @Test
    void nonBreakingFixtureGivesNonBreakingVerdicts() {
        SpecDiff diff = SpecDiffer.diff("users", Optional.of(Fixtures.read("baseline/users.yaml")),
                Optional.of(Fixtures.read("nonbreaking/users.yaml")));

        assertThat(diff.changes()).extracting(DetectedChange::key, DetectedChange::breaking).containsExactly(
                tuple("users GET /accounts/{account_id}/users added", false),
                tuple(PATCH_USER, false));
        assertThat(diff.markdown()).contains("`users GET /accounts/{account_id}/users added`", "non-breaking",
                "openapi-diff report");
    }

    @Test
    void breakingFixtureGivesBreakingVerdict() {
        SpecDiff diff = SpecDiffer.diff("users", Optional.of(Fixtures.read("baseline/users.yaml")),
                Optional.of(Fixtures.read("breaking/users.yaml")));

        assertThat(diff.changes()).extracting(DetectedChange::key, DetectedChange::breaking)
                .containsExactly(tuple(PATCH_USER, true));
        assertThat(diff.markdown()).contains("**breaking**");
    }

    @Test
    void identicalSpecsGiveNoChange() {
        String base = Fixtures.read("baseline/users.yaml");
        assertThat(SpecDiffer.diff("users", Optional.of(base), Optional.of(base)).changes()).isEmpty();
    }

    @Test
    void descriptionOnlyEditIsNotAChange() {
        String edited = Fixtures.baselineWith("description: Not found.", "description: No such user or account.");
        assertThat(SpecDiffer.diff("users", Optional.of(Fixtures.read("baseline/users.yaml")), Optional.of(edited))
                .changes()).isEmpty();
    }

    @Test
    void specWithoutBaselineIsAllNew() {
        SpecDiff diff = SpecDiffer.diff("users", Optional.empty(), Optional.of(Fixtures.read("baseline/users.yaml")));
        assertThat(diff.changes()).extracting(DetectedChange::key, DetectedChange::breaking)
                .containsExactly(tuple("users PATCH /accounts/{account_id}/users/{user_id} added", false));
    }

    @Test
    void deletedSpecRemovesEveryOperation() {
        SpecDiff diff = SpecDiffer.diff("users", Optional.of(Fixtures.read("baseline/users.yaml")), Optional.empty());
        assertThat(diff.changes()).extracting(DetectedChange::key, DetectedChange::breaking)
                .containsExactly(tuple("users PATCH /accounts/{account_id}/users/{user_id} removed", true));
    }

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                Arguments.of("removed request field", "        seats:\n          type: number\n", ""),
                Arguments.of("removed request enum value", "enum: [active, inactive]", "enum: [active]"),
                Arguments.of("new required request field", "    UserPatch:\n      type: object\n",
                        "    UserPatch:\n      type: object\n      required: [status]\n"),
                Arguments.of("narrower max length", "maxLength: 255", "maxLength: 100"),
                Arguments.of("narrower request type", "          type: number\n", "          type: integer\n"),
                Arguments.of("changed success status", "        '200':\n          description: The user.",
                        "        '201':\n          description: The user."),
                Arguments.of("removed error status", "        '404':\n          description: Not found.\n", ""),
                Arguments.of("removed response field", "        default_role:\n          type: string\n",
                        "        default_role_name:\n          type: string\n"),
                Arguments.of("removed response enum value", "enum: [active, inactive, pending]",
                        "enum: [active, inactive]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingEdits")
    void breakingEditIsBreaking(String what, String from, String to) {
        SpecDiff diff = SpecDiffer.diff("users", Optional.of(Fixtures.read("baseline/users.yaml")),
                Optional.of(Fixtures.baselineWith(from, to)));
        assertThat(diff.changes()).as(what).extracting(DetectedChange::key, DetectedChange::breaking)
                .containsExactly(tuple(PATCH_USER, true));
    }

    static Stream<Arguments> nonBreakingEdits() {
        return Stream.of(
                Arguments.of("new request enum value", "enum: [active, inactive]", "enum: [active, inactive, pending]"),
                Arguments.of("wider max length", "maxLength: 255", "maxLength: 1000"),
                Arguments.of("new optional request field", "        seats:\n",
                        "        nickname:\n          type: string\n        seats:\n"),
                Arguments.of("new error status", "        '404':\n",
                        "        '409':\n          description: Conflict.\n        '404':\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonBreakingEdits")
    void nonBreakingEditIsListedButNotBreaking(String what, String from, String to) {
        SpecDiff diff = SpecDiffer.diff("users", Optional.of(Fixtures.read("baseline/users.yaml")),
                Optional.of(Fixtures.baselineWith(from, to)));
        assertThat(diff.changes()).as(what).extracting(DetectedChange::key, DetectedChange::breaking)
                .containsExactly(tuple(PATCH_USER, false));
    }
}
