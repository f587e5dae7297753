package io.github.roster.sync.plan;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.internal.PlanFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects one action's field changes and what the target held, then makes the {@link PlannedAction}. */
final class ActionDraft {

    private final List<FieldChange> changes = new ArrayList<>();
    private final Map<String, String> before = new LinkedHashMap<>();

    /** Adds a change when {@code wanted} differs from {@code current} (blank counts as empty); returns whether. */
    boolean change(String field, String current, String wanted) {
        String from = blankToNull(current);
        String to = blankToNull(wanted);
        if (PlanFields.same(field, from, to)) {
            return false;
        }
        changes.add(new FieldChange(field, from, to));
        held(field, from);
        return true;
    }

    /** Records what the target held for a field (nothing when it held nothing). */
    ActionDraft held(String field, String value) {
        if (value != null && !value.isBlank()) {
            before.put(field, value);
        }
        return this;
    }

    boolean hasChanges() {
        return !changes.isEmpty();
    }

    PlannedAction build(Platform platform, String target, ActionKind kind, String employeeId, String email,
                        String userId, String reason) {
        return new PlannedAction(platform, target, kind, employeeId, email, userId, changes, reason, before);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
