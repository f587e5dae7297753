package io.github.roster.sync.apply;

import io.github.roster.sync.PlannedAction;
import java.util.List;
import java.util.Objects;

/**
 * What applying one planned action came to.
 *
 * @param action the planned action
 * @param outcome how it ended
 * @param userId the vendor's user id as read back (null when unknown)
 * @param reason why, in words, for every outcome but {@link ActionOutcome#APPLIED} (may say more for that too)
 * @param requestIds the vendor's request ids of the writes sent for it in this run (empty when none was sent, or
 *     the vendor's bulk answer carries none)
 */
public record ActionResult(PlannedAction action, ActionOutcome outcome, String userId, String reason,
                           List<String> requestIds) {

    /**
     * Checks the parts and copies the list.
     *
     * @param action the action
     * @param outcome the outcome
     * @param userId the user id or null
     * @param reason the reason or null
     * @param requestIds request ids (null is none)
     */
    public ActionResult {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
    }
}
