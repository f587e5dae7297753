package io.github.roster.auth;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the client-credentials builders; messages never echo a value. */
final class Credentials {

    private Credentials() {
    }

    static String required(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static void require(String value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required");
        }
    }

    static List<String> scopes(Collection<String> scopes) {
        Objects.requireNonNull(scopes, "scopes");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("at least one scope is required");
        }
        for (String s : scopes) {
            if (s == null || s.isBlank() || s.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a scope is one word such as account:read, was \"" + s + "\"");
            }
        }
        return List.copyOf(scopes);
    }

    static Duration nonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + d);
        }
        return d;
    }

    static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }
}
