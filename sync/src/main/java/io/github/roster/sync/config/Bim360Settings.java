package io.github.roster.sync.config;

import java.util.Objects;

/**
 * The BIM 360 account whose users follow HR: joiners are created, leavers deactivated.
 *
 * @param account the account id, without the {@code b.} prefix
 */
public record Bim360Settings(String account) {

    /**
     * Checks the id.
     *
     * @param account the account id
     */
    public Bim360Settings {
        Objects.requireNonNull(account, "account");
    }
}
