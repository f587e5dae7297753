package io.github.roster.internal.validation;

import io.github.roster.error.Violation;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the ids users paste: Autodesk UUIDs, with or without the Data Management {@code b.} prefix, and
 * Procore's positive 64-bit ids.
 */
public final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private Ids() {
    }

    /**
     * Reads an Autodesk account, project, user, company or role id.
     *
     * @param raw the id as pasted, e.g. {@code b.9dbb160e-b904-458b-bc5c-ed184687592d}
     * @param path the field, for the violation
     * @param violations where a violation is added when the id is not a UUID
     * @return the id, or null when it is not valid
     */
    public static UUID autodeskId(String raw, String path, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(path, "NotBlank", "is required", null));
            return null;
        }
        String text = raw.trim();
        if (text.toLowerCase(Locale.ROOT).startsWith("b.")) {
            text = text.substring(2);
        }
        if (!UUID_TEXT.matcher(text).matches()) {
            violations.add(new Violation(path, "uuid",
                    "must be a UUID such as 9dbb160e-b904-458b-bc5c-ed184687592d (a b. prefix is accepted)", raw));
            return null;
        }
        return UUID.fromString(text);
    }

    /**
     * Checks a Procore company or user id.
     *
     * @param id the id
     * @param path the field, for the violation
     * @param violations where a violation is added when the id is not positive
     */
    public static void procoreId(long id, String path, List<Violation> violations) {
        if (id <= 0) {
            violations.add(new Violation(path, "Positive", "must be a positive Procore id", id));
        }
    }
}
