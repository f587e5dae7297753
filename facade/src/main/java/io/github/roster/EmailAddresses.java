package io.github.roster;

import io.github.roster.internal.validation.StrictEmailValidator;

/**
 * The e-mail rule Roster applies to every {@code format: email} field before sending: a local part, an
 * {@code @}, and a domain of at least two labels whose last is two or more letters (letters outside ASCII
 * accepted), at most 254 characters. Stricter than Bean Validation's {@code @Email}, which accepts {@code a@b}.
 * Exposed so that callers who check input up front (an HR export, a CSV) apply exactly the rule the clients will.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /**
     * Whether an address passes Roster's e-mail rule.
     *
     * @param address the address, not null
     * @return true when well-formed
     */
    public static boolean isWellFormed(String address) {
        return StrictEmailValidator.isWellFormed(address);
    }
}
