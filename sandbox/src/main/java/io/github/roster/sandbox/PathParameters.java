package io.github.roster.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The values of a path template's variables, by the names the spec gives them ({@code account_id}, {@code id}). */
final class PathParameters {

    private final Map<String, String> values;

    PathParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The value of a variable the template declares.
     *
     * @throws IllegalArgumentException if the template has no variable of that name (a handler bug)
     */
    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the path has no variable '" + name + "'; it has " + values.keySet());
        }
        return value;
    }

    /** The value of a variable, if the template declares it. */
    Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
