package io.github.roster.sync.apply;

import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.internal.PlanFields;
import io.github.roster.sync.internal.TargetUser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every user of one target as one fresh read found them, with the lookups apply needs: by vendor id, by e-mail
 * (exact, ignoring case) and, for Procore, by {@code origin_id}.
 */
final class TargetView {

    private final Platform platform;
    private final String target;
    private final Map<String, TargetUser> byId = new HashMap<>();
    private final Map<String, TargetUser> byEmail = new HashMap<>();
    private final Map<String, TargetUser> byOrigin = new HashMap<>();

    TargetView(Platform platform, String target, List<TargetUser> users) {
        this.platform = platform;
        this.target = target;
        for (TargetUser u : users) {
            byId.put(u.userId(), u);
            String email = u.get(PlanFields.email(platform));
            if (email != null) {
                byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), u);
            }
            String origin = u.get(PlanFields.ORIGIN_ID);
            if (origin != null) {
                byOrigin.putIfAbsent(origin, u);
            }
        }
    }

    Platform platform() {
        return platform;
    }

    String target() {
        return target;
    }

    int size() {
        return byId.size();
    }

    Optional<TargetUser> byId(String userId) {
        return Optional.ofNullable(userId == null ? null : byId.get(userId));
    }

    /**
     * The user this action is about: by the plan's user id, else the id the state remembers, else (for a user
     * still to be created or added) by {@code origin_id} and then e-mail.
     */
    Optional<TargetUser> personOf(PlannedAction action, SyncState state) {
        if (action.userId() != null) {
            return byId(action.userId());
        }
        Optional<TargetUser> remembered = action.employeeId() == null ? Optional.empty()
                : state.userId(action.employeeId(), platform, target).flatMap(this::byId);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<String> origin = action.newValue(PlanFields.ORIGIN_ID);
        if (origin.isPresent() && byOrigin.containsKey(origin.get())) {
            return Optional.of(byOrigin.get(origin.get()));
        }
        String email = action.newValue(PlanFields.email(platform)).orElse(action.email());
        return Optional.ofNullable(email == null ? null : byEmail.get(email.toLowerCase(Locale.ROOT)));
    }
}
