package io.github.roster.autodesk;

import java.util.Objects;

/**
 * What removing a member from an ACC project did. Nothing is deleted: a removed member stays listed with the
 * status {@code deleted}.
 *
 * @param userId the member's id as sent (ACC id or Autodesk id)
 * @param outcome what happened
 */
public record ProjectUserRemoval(String userId, Outcome outcome) {

    /** What a removal did. */
    public enum Outcome {
        /** The vendor answered 204: the member is removed. */
        REMOVED,
        /**
         * The vendor answered 404, and a read of the project's removed members shows this member as
         * {@code deleted}: it was removed before (for example by an earlier attempt whose answer was lost).
         */
        ALREADY_REMOVED
    }

    /**
     * Checks the components.
     *
     * @param userId see the record component
     * @param outcome see the record component
     */
    public ProjectUserRemoval {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The member's id and the outcome; an id is not personal data by itself. */
    @Override
    public String toString() {
        return "ProjectUserRemoval{userId=" + userId + ", outcome=" + outcome + '}';
    }
}
