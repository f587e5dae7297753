package io.github.roster.sandbox;

/**
 * The result of a check: the accepted value, or why it was refused. One of the two is {@code null}; an
 * accepted value may itself be {@code null} (a file part has no JSON value).
 *
 * @param <V> the accepted value's type
 * @param <R> the refusal's type
 * @param value the accepted value
 * @param refusal why it was refused, or {@code null} when accepted
 */
record Verdict<V, R>(V value, R refusal) {

    static <V, R> Verdict<V, R> accepted(V value) {
        return new Verdict<>(value, null);
    }

    static <V, R> Verdict<V, R> refused(R refusal) {
        return new Verdict<>(null, refusal);
    }

    boolean isRefused() {
        return refusal != null;
    }
}
