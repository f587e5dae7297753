package io.github.roster.internal;

import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks values that travel in request headers before anything is sent: a CR or LF would split the header,
 * and non-ASCII is not a token. Messages never quote a token.
 */
public final class HeaderValues {

    /** The longest {@code User-Id} accepted. */
    public static final int MAX_USER_ID_LENGTH = 64;

    private static final Pattern ACC_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern AUTODESK_ID =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_USER_ID_LENGTH - 1) + "}");

    private HeaderValues() {
    }

    /**
     * Checks a bearer token: visible ASCII only (no space, CR, LF, other control characters or non-ASCII).
     *
     * @param token the token
     * @param name what the token is called in the message, e.g. {@code token}
     * @return the token
     * @throws IllegalArgumentException naming the position of the first bad character, never the token
     */
    public static String requireToken(String token, String name) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new IllegalArgumentException(name + " must be visible ASCII only (character " + (i + 1)
                        + " of " + token.length() + " is " + describe(c) + ")");
            }
        }
        return token;
    }

    /**
     * Checks a {@code User-Id} header value: an ACC id (a UUID) or an Autodesk id (letters, digits,
     * {@code . _ -}), at most {@value #MAX_USER_ID_LENGTH} characters.
     *
     * @param userId the value
     * @param path the field name for the violation, e.g. {@code User-Id}
     * @return the value
     * @throws ValidationException naming the field when the value is neither
     */
    public static String requireUserId(String userId, String path) {
        if (ACC_ID.matcher(userId).matches() || AUTODESK_ID.matcher(userId).matches()) {
            return userId;
        }
        String shown = userId.length() > MAX_USER_ID_LENGTH
                ? userId.substring(0, MAX_USER_ID_LENGTH) + "..." : userId;
        throw new ValidationException(List.of(new Violation(path, "user-id",
                "must be an ACC id (a UUID) or an Autodesk id (letters, digits, ., _ and -, at most "
                        + MAX_USER_ID_LENGTH + ")", shown.replaceAll("\\p{Cntrl}", "?"))));
    }

    private static String describe(char c) {
        return switch (c) {
            case '\r' -> "CR";
            case '\n' -> "LF";
            case ' ' -> "a space";
            default -> String.format("U+%04X", (int) c);
        };
    }
}
