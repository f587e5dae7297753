package io.github.roster.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One action of a {@link Plan}: what to do to whom on which target, and what the target held when planned.
 *
 * @param platform where
 * @param target which account (BIM 360), project (ACC) or company (Procore), as its id
 * @param kind what
 * @param employeeId the person's HR key; null for a user HR does not know: an {@link ActionKind#UNMANAGED} note, or
 *     (configuration {@code safety.unmanaged: deactivate}) a {@code deactivate}, {@code remove-from-project} or
 *     {@code blocked} action naming the vendor's user id
 * @param email the person's e-mail (the HR e-mail; for unmanaged users the target's)
 * @param userId the vendor's user id when known (null for a user still to be created)
 * @param changes each field written, as old -> new; empty for actions that write no field values
 * @param reason why, in words, for {@link ActionKind#BLOCKED} and {@link ActionKind#UNMANAGED} (optional otherwise)
 * @param before what the target held for this person when planned, by field (empty when it held nothing): apply
 *     compares it with what the target holds then and skips the action as stale when they differ
 */
public record PlannedAction(Platform platform, String target, ActionKind kind, String employeeId, String email,
                            String userId, List<FieldChange> changes, String reason, Map<String, String> before) {

    /**
     * Checks the required parts and copies the collections.
     *
     * @param platform where
     * @param target which target
     * @param kind what
     * @param employeeId HR key or null
     * @param email e-mail
     * @param userId vendor id or null
     * @param changes field changes (null is empty)
     * @param reason reason or null
     * @param before the target's values when planned (null is empty)
     */
    public PlannedAction {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        if (employeeId == null && !allowsUnmanaged(kind, userId)) {
            throw new IllegalArgumentException("a " + kind.key() + " action needs an employee id");
        }
        changes = changes == null ? List.of() : List.copyOf(changes);
        before = before == null ? Map.of() : Map.copyOf(before);
    }

    /**
     * Whether an action of this kind may be about a user HR does not know (no employee id): an {@code unmanaged}
     * note, or a {@code deactivate}, {@code remove-from-project} or {@code blocked} action that names the user.
     *
     * @param kind the action's kind
     * @param userId the vendor's user id, or null
     * @return whether the employee id may be null
     */
    public static boolean allowsUnmanaged(ActionKind kind, String userId) {
        return switch (kind) {
            case UNMANAGED -> true;
            case DEACTIVATE, REMOVE_FROM_PROJECT, BLOCKED -> userId != null;
            default -> false;
        };
    }

    /**
     * A name for this action that is unique within its plan and the same in every copy of the plan: journals
     * and audit logs refer to actions by it. Shape: {@code platform/target/kind/employee-id} (for users HR does not know
     * {@code .../<kind>/user:<user id or e-mail>}).
     *
     * @return the action's id
     */
    public String id() {
        String who = employeeId != null ? employeeId : "user:" + (userId != null ? userId : email);
        return platform.key() + "/" + target + "/" + kind.key() + "/" + who;
    }

    /**
     * The change planned for one field.
     *
     * @param field the field's name
     * @return the change, if this action changes that field
     */
    public Optional<FieldChange> change(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /**
     * The value this action writes to a field, if it changes it.
     *
     * @param field the field's name
     * @return the new value (empty when the field is not changed or is cleared)
     */
    public Optional<String> newValue(String field) {
        return change(field).map(FieldChange::to);
    }
}
