package io.github.roster.procore;

import io.github.roster.client.procore.model.CompanyUser;
import java.util.Objects;

/**
 * What deactivating a company user did: either the user was already inactive and nothing was sent, or the
 * deactivation was sent and {@link #user()} is the user as Procore answered it.
 *
 * @param user the user after the call: as read when already inactive, as answered otherwise
 * @param sent true when a deactivation was sent, false when the user was already inactive
 */
public record CompanyUserDeactivation(CompanyUser user, boolean sent) {

    /**
     * Checks the user.
     *
     * @param user see the record component
     * @param sent see the record component
     */
    public CompanyUserDeactivation {
        Objects.requireNonNull(user, "user");
    }

    /**
     * Whether the user was inactive before the call, so nothing was sent.
     *
     * @return true when nothing was sent
     */
    public boolean alreadyInactive() {
        return !sent;
    }

    @Override
    public String toString() {
        return "CompanyUserDeactivation{id=" + user.getId() + ", sent=" + sent + '}';
    }
}
