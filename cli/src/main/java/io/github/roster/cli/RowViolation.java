package io.github.roster.cli;

import io.github.roster.error.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bad field of one CSV line, as {@code --output json} reports it.
 *
 * @param line the line number in the file (the header is line 1)
 * @param path the field within the line, e.g. {@code email} or {@code products[0].access}; {@code ""} for the row
 * @param rule a short stable name of the rule, e.g. {@code Email}
 * @param message what is wrong, for a person
 * @param value the value refused, or null when none or a secret
 */
record RowViolation(long line, String path, String rule, String message, Object value) {

    private static final Pattern USER_PREFIX = Pattern.compile("^users\\[\\d+]\\.?");

    /**
     * The violation of a line's user, its path without the {@code users[i].} of the whole import.
     *
     * @param line the line number
     * @param v the violation
     * @return the row violation
     */
    static RowViolation of(long line, Violation v) {
        Matcher m = USER_PREFIX.matcher(v.path());
        return new RowViolation(line, m.replaceFirst(""), v.rule(), v.message(), v.rejectedValue());
    }
}
