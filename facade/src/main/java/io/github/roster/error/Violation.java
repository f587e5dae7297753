package io.github.roster.error;

import java.util.Objects;

/**
 * One reason an input was refused before anything was sent.
 *
 * @param path the field as it is named on the wire, e.g. {@code users[3].products[0].access} or
 *     {@code user.country_code}; {@code ""} for the input as a whole
 * @param rule a short stable name of the rule, e.g. {@code Size}, {@code NotNull}, {@code iso3166-country}
 * @param message what is wrong, for a person
 * @param rejectedValue the value refused, or null when none or when it is a secret

 * @serial exclude
 */
public record Violation(String path, String rule, String message, Object rejectedValue)
        implements java.io.Serializable {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if path, rule or message is null
     *
     * @param path see the record component
     * @param rule see the record component
     * @param message see the record component
     * @param rejectedValue see the record component
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A one-line description, e.g. {@code users[3].email: must be a well-formed email address (was "x@")}.
     *
     * @return the description
     */
    public String describe() {
        String where = path.isEmpty() ? "(input)" : path;
        return rejectedValue == null
                ? where + ": " + message
                : where + ": " + message + " (was " + shown(String.valueOf(rejectedValue)) + ")";
    }

    private static String shown(String value) {
        int max = 60;
        return value.length() <= max
                ? "\"" + value + "\""
                : "\"" + value.substring(0, max) + "...\", " + value.length() + " characters";
    }

    /**
     * This violation as it survives serialisation: a rejected value that is not serialisable becomes its text.
     *
     * @return this, or a copy with the rejected value as text
     */
    Violation serialisable() {
        return rejectedValue == null || rejectedValue instanceof java.io.Serializable ? this
                : new Violation(path, rule, message, String.valueOf(rejectedValue));
    }

    @Override
    public String toString() {
        return describe();
    }
}
