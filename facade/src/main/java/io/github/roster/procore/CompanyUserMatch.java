package io.github.roster.procore;

import io.github.roster.client.procore.model.CompanyUser;
import java.util.Objects;

/**
 * A company user found by a lookup, with the list it was found in: Procore lists active and inactive users
 * separately, so the list, not the item's own {@code is_active}, says which it is.
 *
 * @param user the user as listed
 * @param active true when found among the active users, false among the inactive ones
 */
public record CompanyUserMatch(CompanyUser user, boolean active) {

    /**
     * Checks the user.
     *
     * @param user see the record component
     * @param active see the record component
     */
    public CompanyUserMatch {
        Objects.requireNonNull(user, "user");
    }

    /**
     * The user's id.
     *
     * @return the id
     */
    public Long id() {
        return user.getId();
    }

    @Override
    public String toString() {
        return "CompanyUserMatch{id=" + user.getId() + ", active=" + active + '}';
    }
}
