package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one user of a BIM 360 account import.
 *
 * @param index the user's position in the import, from 0
 * @param sent the user as it was (or would have been) sent
 * @param outcome created, failed or unknown
 * @param created the user the vendor answered for a created user (its id, status {@code not_invited}), or null
 * @param reason the vendor's reason for a failed user, or why the outcome is unknown; null for a created user
 */
public record AccountImportItem(int index, AccountUserCreate sent, AccountImportOutcome outcome, AccountUser created,
                                String reason) {

    /**
     * Checks the components.
     *
     * @param index see the record component
     * @param sent see the record component
     * @param outcome see the record component
     * @param created see the record component
     * @param reason see the record component
     */
    public AccountImportItem {
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The e-mail the user was sent with.
     *
     * @return the e-mail
     */
    public String email() {
        return sent.getEmail();
    }

    /**
     * The vendor's reason, for a failed or unknown user.
     *
     * @return the reason, when there is one
     */
    public Optional<String> failureReason() {
        return Optional.ofNullable(reason);
    }

    /** Position, outcome and the created user's id; never the e-mail or names. */
    @Override
    public String toString() {
        return "AccountImportItem{index=" + index + ", outcome=" + outcome
                + (created != null && created.getId() != null ? ", id=" + created.getId() : "") + '}';
    }
}
