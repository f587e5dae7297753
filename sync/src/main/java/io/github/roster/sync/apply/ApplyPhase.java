package io.github.roster.sync.apply;

import io.github.roster.sync.ActionKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The order apply writes in: people are created before they are added to projects, reactivated before they are
 * updated, removed from projects before they are deactivated. Within a phase each target is worked on at the
 * same time as the others (each vendor's rate-limit groups are shared through the clients).
 */
enum ApplyPhase {
    CREATE(ActionKind.CREATE),
    REACTIVATE(ActionKind.REACTIVATE),
    UPDATE(ActionKind.UPDATE, ActionKind.UPDATE_PROJECT_MEMBER),
    ADD_TO_PROJECT(ActionKind.ADD_TO_PROJECT),
    REMOVE_FROM_PROJECT(ActionKind.REMOVE_FROM_PROJECT),
    DEACTIVATE(ActionKind.DEACTIVATE);

    private final Set<ActionKind> kinds;

    ApplyPhase(ActionKind... kinds) {
        this.kinds = Set.of(kinds);
    }

    static Optional<ApplyPhase> of(ActionKind kind) {
        return Arrays.stream(values()).filter(p -> p.kinds.contains(kind)).findFirst();
    }
}
