package io.github.roster.internal.validation;

import io.github.roster.error.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule that one import carries each e-mail once, compared ignoring case and surrounding blanks: a repeat
 * is named at its own position and at the first one's.
 *
 * <p>Not thread-safe: one instance checks one import, user by user, so a streamed import of any size
 * remembers only the e-mails it has seen.
 */
public final class UniqueEmails {

    private final Map<String, Integer> firstIndexByEmail = new HashMap<>();

    /**
     * Checks one user's e-mail.
     *
     * @param index the user's position in the whole import, from 0
     * @param path where the e-mail sits, e.g. {@code users[3].email}
     * @param email the e-mail, or null (nothing to check)
     * @param violations where a repeat is added
     */
    public void check(int index, String path, String email, List<Violation> violations) {
        if (email == null) {
            return;
        }
        String key = email.trim().toLowerCase(Locale.ROOT);
        Integer first = firstIndexByEmail.putIfAbsent(key, index);
        if (first != null) {
            violations.add(new Violation(path, "unique-email",
                    "the same e-mail as users[" + first + "] (e-mails are compared ignoring case)", email));
        }
    }
}
