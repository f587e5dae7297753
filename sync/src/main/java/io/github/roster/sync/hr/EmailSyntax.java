package io.github.roster.sync.hr;

import java.util.regex.Pattern;

/**
 * Whether an HR e-mail is well-formed: a local part, an {@code @}, and a domain of at least two labels whose last
 * is two or more letters (letters outside ASCII accepted), at most 254 characters: the rule the facade applies to
 * every {@code format: email} field before sending, which does not expose it, checked here so that a plan is never
 * made from an address the targets would refuse.
 */
final class EmailSyntax {

    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern ADDRESS = Pattern.compile(
            "^" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+\\p{L}{2,63}$");

    private EmailSyntax() {
    }

    static boolean isWellFormed(String address) {
        return address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
