package io.github.roster.sync.apply;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.internal.PlanFields;
import io.github.roster.sync.internal.TargetUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compares one action with a fresh read of its target: whether the target still holds what the plan saw (else
 * the action is stale), and whether the action's effect is visible (its write read back).
 */
final class ActionChecks {

    /** What a read shows about an action's effect. */
    enum Seen {
        /** Done: the person is there (or, for a removal, gone) with every planned value. */
        DONE,
        /** Not there (or, for a removal, still there). */
        NOT_VISIBLE,
        /** There, with other values than planned. */
        DIFFERENT
    }

    /** The verdict and, unless done, what was seen. */
    record Verdict(Seen seen, String detail) {
    }

    private ActionChecks() {
    }

    /** Why the action is stale, if the target no longer holds what the plan saw for the person. */
    static Optional<String> staleReason(PlannedAction a, TargetView now, SyncState state) {
        Optional<TargetUser> person = now.personOf(a, state);
        if (a.kind() == ActionKind.CREATE || a.kind() == ActionKind.ADD_TO_PROJECT) {
            return person.map(u -> "the target now holds user " + u.userId() + " for this person, planned as absent");
        }
        if (person.isEmpty()) {
            return Optional.of("user " + a.userId() + " is no longer there");
        }
        for (Map.Entry<String, String> e : expectedBefore(a).entrySet()) {
            String held = person.get().get(e.getKey());
            if (!PlanFields.same(e.getKey(), e.getValue(), held)) {
                return Optional.of(e.getKey() + " was " + text(e.getValue()) + " when planned, is " + text(held) + " now");
            }
        }
        return Optional.empty();
    }

    /** Whether the action's effect is visible in a read. */
    static Verdict seen(PlannedAction a, TargetView now, SyncState state) {
        Optional<TargetUser> person = now.personOf(a, state);
        if (a.kind() == ActionKind.REMOVE_FROM_PROJECT) {
            return person.isEmpty() ? new Verdict(Seen.DONE, null)
                    : new Verdict(Seen.NOT_VISIBLE, "still a member (status " + person.get().get(PlanFields.STATUS) + ")");
        }
        if (person.isEmpty()) {
            return new Verdict(Seen.NOT_VISIBLE, "not found in the target");
        }
        for (FieldChange c : a.changes()) {
            String held = person.get().get(c.field());
            if (!PlanFields.same(c.field(), c.to(), held)) {
                return new Verdict(Seen.DIFFERENT, c.field() + " reads " + text(held) + ", planned " + text(c.to()));
            }
        }
        return new Verdict(Seen.DONE, null);
    }

    /** The plan's {@code before}, plus the planned {@code from} of every changed field the plan did not list there. */
    static Map<String, String> expectedBefore(PlannedAction a) {
        Map<String, String> expected = new LinkedHashMap<>(a.before());
        for (FieldChange c : a.changes()) {
            expected.putIfAbsent(c.field(), c.from());
        }
        return expected;
    }

    /** The values a user holds for the fields an action changes (and its status), for the audit log. */
    static Map<String, String> values(PlannedAction a, Optional<TargetUser> user) {
        Map<String, String> values = new LinkedHashMap<>();
        if (user.isEmpty()) {
            return values;
        }
        for (FieldChange c : a.changes()) {
            String v = user.get().get(c.field());
            if (v != null) {
                values.put(c.field(), v);
            }
        }
        String status = user.get().get(PlanFields.STATUS);
        if (status != null) {
            values.put(PlanFields.STATUS, status);
        }
        return values;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "empty" : "'" + value + "'";
    }
}
