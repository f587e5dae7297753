package io.github.roster.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.TargetSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each safety rule's refusal, its boundary and the numbers its message gives. */
class SafetyCheckTest {

    private static PlannedAction action(Platform platform, String target, ActionKind kind, int n) {
        return new PlannedAction(platform, target, kind, "E" + n, "p" + n + "@example.com", "u" + n,
                kind == ActionKind.DEACTIVATE ? List.of(new FieldChange("status", "active", "inactive")) : List.of(),
                null, Map.of("status", "active"));
    }

    private static Plan plan(SafetyRules rules, List<TargetSnapshot> targets, List<PlannedAction> actions) {
        return new Plan(Plan.FORMAT_VERSION, Instant.EPOCH, "h", "c", 10, "/s", rules, targets, actions);
    }

    private static List<PlannedAction> many(Platform platform, String target, ActionKind kind, int from, int count) {
        List<PlannedAction> list = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            list.add(action(platform, target, kind, i));
        }
        return list;
    }

    @Test
    void aFeedWithFewerPeopleThanTheRatioOfTheLastRunIsRefusedWithTheNumbers() {
        SafetyRules rules = new SafetyRules(10, 5, List.of(), 0.9);

        assertThatThrownBy(() -> SafetyCheck.feed(rules, 89, 100))
                .isInstanceOfSatisfying(SafetyRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("min_hr_people_ratio");
                    assertThat(e.plan()).isNull();
                })
                .hasMessage("refused by min_hr_people_ratio: the HR export lists 89 people, the last run's listed 100"
                        + " (0.89 of it, the minimum is 0.90): is the feed truncated? Check the export; if the drop"
                        + " is real, lower safety.min_hr_people_ratio for this run");
        assertThatCode(() -> SafetyCheck.feed(rules, 90, 100)).doesNotThrowAnyException();
        assertThatCode(() -> SafetyCheck.feed(rules, 0, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SafetyCheck.feed(rules, 0, 1)).isInstanceOf(SafetyRefusedException.class);
    }

    @Test
    void moreDeactivationsAndRemovalsThanTheCapAreRefusedCountedPerTarget() {
        SafetyRules rules = new SafetyRules(3, 100, List.of(), 0.9);
        List<PlannedAction> actions = new ArrayList<>(many(Platform.BIM360, "a", ActionKind.DEACTIVATE, 1, 2));
        actions.addAll(many(Platform.ACC, "p", ActionKind.REMOVE_FROM_PROJECT, 3, 2));
        actions.addAll(many(Platform.PROCORE, "5", ActionKind.CREATE, 5, 4));
        Plan plan = plan(rules, List.of(new TargetSnapshot(Platform.BIM360, "a", 10, "d")), actions);

        assertThatThrownBy(() -> SafetyCheck.caps(plan))
                .isInstanceOfSatisfying(SafetyRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("max_deactivations");
                    assertThat(e.plan()).isSameAs(plan);
                })
                .hasMessage("refused by max_deactivations: the plan deactivates or removes 4 people (bim360/a: 2,"
                        + " acc/p: 2), the cap is 3; review them, then run again with --allow-deactivations 4 to"
                        + " allow this run");
        assertThatCode(() -> SafetyCheck.caps(plan(rules.allowingDeactivations(4), plan.targets(), actions)))
                .doesNotThrowAnyException();
    }

    @Test
    void moreThanThePercentageOfOneTargetsUsersIsRefused() {
        SafetyRules rules = new SafetyRules(100, 12.5, List.of(), 0.9);
        List<TargetSnapshot> targets = List.of(new TargetSnapshot(Platform.PROCORE, "5", 16, "d"),
                new TargetSnapshot(Platform.ACC, "p", 10, "d"));

        assertThatCode(() -> SafetyCheck.caps(plan(rules, targets,
                many(Platform.PROCORE, "5", ActionKind.DEACTIVATE, 1, 2)))).doesNotThrowAnyException();
        List<PlannedAction> three = new ArrayList<>(many(Platform.PROCORE, "5", ActionKind.DEACTIVATE, 1, 3));
        three.add(action(Platform.ACC, "p", ActionKind.REMOVE_FROM_PROJECT, 9));
        assertThatThrownBy(() -> SafetyCheck.caps(plan(rules, targets, three)))
                .isInstanceOfSatisfying(SafetyRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo("max_deactivation_percent"))
                .hasMessage("refused by max_deactivation_percent: procore/5 would lose 3 of its 16 users (18.8%), the"
                        + " cap is 12.5%; review them, then run again with --allow-deactivations 4 to allow this run");
        assertThatThrownBy(() -> SafetyCheck.caps(plan(new SafetyRules(100, 5, List.of(), 0.9), targets,
                many(Platform.ACC, "p", ActionKind.REMOVE_FROM_PROJECT, 1, 1))))
                .hasMessageContaining("acc/p would lose 1 of its 10 users (10.0%), the cap is 5%;");
    }

    @Test
    void aTargetWithNoUsersOrNoDeactivationsIsNotRefusedByThePercentage() {
        SafetyRules rules = new SafetyRules(100, 0, List.of(), 0.9);
        List<TargetSnapshot> targets = List.of(new TargetSnapshot(Platform.BIM360, "a", 0, "d"),
                new TargetSnapshot(Platform.PROCORE, "5", 4, "d"));
        assertThatCode(() -> SafetyCheck.caps(plan(rules, targets,
                many(Platform.BIM360, "a", ActionKind.DEACTIVATE, 1, 2)))).doesNotThrowAnyException();
        assertThatCode(() -> SafetyCheck.caps(plan(rules, targets,
                many(Platform.PROCORE, "5", ActionKind.REACTIVATE, 1, 2)))).doesNotThrowAnyException();
    }

    @Test
    void allowingDeactivationsReplacesBothCapsAndKeepsTheOtherRules() {
        SafetyRules rules = new SafetyRules(1, 5, List.of("a@example.com"), 0.8, true);
        assertThat(rules.allowingDeactivations(7)).isEqualTo(new SafetyRules(7, 100, List.of("a@example.com"), 0.8,
                true));
        assertThat(rules.isProtected(null)).isFalse();
        assertThat(rules.isProtected("A@Example.com")).isTrue();
        assertThat(rules.isProtected("b@example.com")).isFalse();
        assertThat(new SafetyRules(0, 0, null, 0).protectedEmails()).isEmpty();
        assertThatThrownBy(() -> new SafetyRules(-1, 5, null, 0.9)).hasMessage("max_deactivations must be 0 or more, was -1");
        assertThatThrownBy(() -> new SafetyRules(1, Double.NaN, null, 0.9))
                .hasMessage("max_deactivation_percent must be within 0..100, was NaN");
        assertThatThrownBy(() -> new SafetyRules(1, 5, null, -0.1))
                .hasMessage("min_hr_people_ratio must be within 0..1, was -0.1");
    }
}
