package io.github.roster.sync;

import java.util.Objects;

/**
 * One field an action changes, as the target holds it and as HR wants it. {@code from} is null when the
 * target has no value (or no user yet); {@code to} is null when the value is to be cleared.
 *
 * @param field the field's name as the plan shows it, e.g. {@code email}, {@code status}, {@code products}
 * @param from the value the target held when planned
 * @param to the value the action writes
 */
public record FieldChange(String field, String from, String to) {

    /**
     * Checks the field name.
     *
     * @param field the field's name
     * @param from the old value, or null
     * @param to the new value, or null
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    @Override
    public String toString() {
        return field + ": " + (from == null ? "-" : from) + " -> " + (to == null ? "-" : to);
    }
}
