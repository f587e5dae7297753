package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.AccountUser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a BIM 360 account-user deactivation did. Only {@link Kind#DEACTIVATED} sent a change; every other kind
 * sent nothing but reads.
 *
 * @param kind what happened
 * @param user the user after the call (deactivated, or as read), or null when none or several were found
 * @param candidateIds the ids of the users an e-mail matched, when it matched more than one; else empty
 * @param message a sentence for people saying what happened and, when nothing changed, what to do instead
 */
public record AccountUserDeactivation(Kind kind, AccountUser user, List<String> candidateIds, String message) {

    /** What a deactivation did. */
    public enum Kind {
        /** A PATCH with only {@code status: inactive} was sent and answered. */
        DEACTIVATED,
        /** The user was inactive already; nothing was sent. */
        ALREADY_INACTIVE,
        /**
         * The user is {@code pending} or {@code not_invited}: Autodesk refuses status changes for them. Nothing was
         * sent; remove the user from the account's projects instead (ACC {@code listUserProjects}, then
         * {@code removeProjectUser} per project).
         */
        NOT_DEACTIVATABLE,
        /** No user of the account has the e-mail (exact, case-insensitive); nothing was sent. */
        NOT_FOUND,
        /** Several users matched the e-mail exactly; nothing was sent. {@link #candidateIds()} names them. */
        AMBIGUOUS
    }

    /**
     * Copies the ids.
     *
     * @param kind see the record component
     * @param user see the record component
     * @param candidateIds see the record component
     * @param message see the record component
     */
    public AccountUserDeactivation {
        Objects.requireNonNull(kind, "kind");
        candidateIds = List.copyOf(candidateIds);
        Objects.requireNonNull(message, "message");
    }

    /**
     * The user after the call.
     *
     * @return the user, unless none or several were found
     */
    public Optional<AccountUser> found() {
        return Optional.ofNullable(user);
    }

    /**
     * Whether the user is inactive now (deactivated by this call or before it).
     *
     * @return true for {@link Kind#DEACTIVATED} and {@link Kind#ALREADY_INACTIVE}
     */
    public boolean isInactive() {
        return kind == Kind.DEACTIVATED || kind == Kind.ALREADY_INACTIVE;
    }

    /** The kind and the ids; never the e-mail or names. */
    @Override
    public String toString() {
        return "AccountUserDeactivation{kind=" + kind
                + (user != null && user.getId() != null ? ", id=" + user.getId() : "")
                + (candidateIds.isEmpty() ? "" : ", candidateIds=" + candidateIds) + '}';
    }
}
