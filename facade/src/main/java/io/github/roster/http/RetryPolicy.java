package io.github.roster.http;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how long Roster waits before sending a request again. Immutable.
 *
 * <p>An operation is idempotent when sending it twice has the effect of sending it once: the BIM 360 and
 * Procore PATCH updates are, the ACC {@code users:import} POST is not (a second copy may add users twice
 * or start a second job). A non-idempotent request is sent again only when the vendor cannot have acted on
 * it.
 *
 * <p>Which outcomes are retried is data, per idempotency: {@link #retryableStatuses(boolean)},
 * {@link #retryableIoFailures(boolean)} and {@link #retryableTokenStatuses()}; the decision reads nothing
 * else. A 401 is tried once more with a new token (the refused one is invalidated); a 2xx whose body cannot
 * be read is never retried. The table of what {@link #defaults()} retries is rendered from the policy itself
 * into {@code docs/retries.md} (a test keeps the page equal to it).
 *
 * <p>A request whose body can be sent only once (a Procore avatar from an {@code InputStream}) is never
 * retried, whatever the outcome; a 401 still invalidates its token. {@code X-Rate-Limit-Reset} counts only
 * on a 429: Procore sends it with every answer and it names the end of the rate window, not a retry time.
 *
 * <p>The server's hint is used as is, never clamped. Without one, the wait is exponential backoff with
 * jitter: attempt n waits a random time between half and all of
 * {@code min(maxBackoff, initialBackoff * 2^(n-1))}. Retrying stops when {@link #maxAttempts()} attempts
 * were made or the next wait would take the total past {@link #maxTotalWait()} (then nothing more is
 * slept: a hint longer than the remaining budget ends the call at once); the caller then gets the last
 * exception, e.g. a {@link io.github.roster.error.RateLimitedException} whose {@code retryAfter()} is the
 * server's last hint.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration maxTotalWait;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Set<Integer> idempotentStatuses;
    private final Set<Integer> nonIdempotentStatuses;
    private final Set<IoFailureKind> idempotentIoFailures;
    private final Set<IoFailureKind> nonIdempotentIoFailures;
    private final Set<Integer> tokenStatuses;

    private RetryPolicy(Builder b) {
        this.idempotentStatuses = Set.copyOf(b.idempotentStatuses);
        this.nonIdempotentStatuses = Set.copyOf(b.nonIdempotentStatuses);
        this.idempotentIoFailures = Set.copyOf(b.idempotentIoFailures);
        this.nonIdempotentIoFailures = Set.copyOf(b.nonIdempotentIoFailures);
        this.tokenStatuses = Set.copyOf(b.tokenStatuses);
        this.maxAttempts = b.maxAttempts;
        this.maxTotalWait = b.maxTotalWait;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
    }

    /**
     * The defaults: 5 attempts, at most 5 minutes of waiting in all, backoff from 500 ms up to 30 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy that never retries (a 401 still refreshes the token once).
     *
     * @return a one-attempt policy
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this policy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).maxTotalWait(maxTotalWait)
                .initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .retryableStatuses(true, idempotentStatuses).retryableStatuses(false, nonIdempotentStatuses)
                .retryableIoFailures(true, idempotentIoFailures).retryableIoFailures(false, nonIdempotentIoFailures)
                .retryableTokenStatuses(tokenStatuses);
    }

    /**
     * How many times a request may be sent in all, the first included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The most time spent waiting between attempts of one call.
     *
     * @return the total wait budget
     */
    public Duration maxTotalWait() {
        return maxTotalWait;
    }

    /**
     * The backoff before the second attempt when the server gave no hint.
     *
     * @return the first backoff
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * The longest backoff when the server gave no hint.
     *
     * @return the backoff cap
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * The error statuses after which a request is sent again.
     *
     * @param idempotent whether the request is idempotent (PATCH, PUT, GET, DELETE) or not (POST)
     * @return the statuses, in ascending order
     */
    public Set<Integer> retryableStatuses(boolean idempotent) {
        return sorted(idempotent ? idempotentStatuses : nonIdempotentStatuses);
    }

    /**
     * The I/O failures after which a request is sent again.
     *
     * @param idempotent whether the request is idempotent
     * @return the kinds of failure
     */
    public Set<IoFailureKind> retryableIoFailures(boolean idempotent) {
        Set<IoFailureKind> kinds = idempotent ? idempotentIoFailures : nonIdempotentIoFailures;
        return kinds.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /**
     * The token endpoint's error statuses after which the token request (and so the call) is tried again;
     * nothing was sent to the API yet, so this holds for every request. An I/O failure of the token request
     * is always tried again.
     *
     * @return the statuses, in ascending order
     */
    public Set<Integer> retryableTokenStatuses() {
        return sorted(tokenStatuses);
    }

    /**
     * Whether a request that failed with this status is sent again (attempts and wait budget permitting).
     *
     * @param status the error status
     * @param idempotent whether the request is idempotent
     * @return true when retried
     */
    public boolean retries(int status, boolean idempotent) {
        return (idempotent ? idempotentStatuses : nonIdempotentStatuses).contains(status);
    }

    /**
     * Whether a request that failed with this kind of I/O failure is sent again.
     *
     * @param kind what the failure says about the request
     * @param idempotent whether the request is idempotent
     * @return true when retried
     */
    public boolean retries(IoFailureKind kind, boolean idempotent) {
        return (idempotent ? idempotentIoFailures : nonIdempotentIoFailures).contains(kind);
    }

    private static Set<Integer> sorted(Set<Integer> statuses) {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(statuses));
    }

    /**
     * The backoff ceiling before attempt {@code attempt + 1}, before jitter.
     *
     * @param attempt the attempt that just failed, from 1
     * @return {@code min(maxBackoff, initialBackoff * 2^(attempt-1))}
     */
    public Duration backoffCeiling(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long millis = initialBackoff.toMillis() << shift;
        if (millis < 0 || millis > maxBackoff.toMillis()) {
            return maxBackoff;
        }
        return Duration.ofMillis(millis);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", maxTotalWait=" + maxTotalWait
                + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", retryableStatuses=" + retryableStatuses(true) + "/" + retryableStatuses(false)
                + ", retryableIoFailures=" + retryableIoFailures(true) + "/" + retryableIoFailures(false)
                + ", retryableTokenStatuses=" + retryableTokenStatuses() + '}';
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration maxTotalWait = Duration.ofMinutes(5);
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Set<Integer> idempotentStatuses = Set.of(408, 429, 502, 503, 504);
        private Set<Integer> nonIdempotentStatuses = Set.of(429, 503);
        private Set<IoFailureKind> idempotentIoFailures =
                Set.of(IoFailureKind.NOT_SENT, IoFailureKind.MAY_HAVE_BEEN_PROCESSED);
        private Set<IoFailureKind> nonIdempotentIoFailures = Set.of(IoFailureKind.NOT_SENT);
        private Set<Integer> tokenStatuses = Set.of(408, 429, 502, 503, 504);

        private Builder() {
        }

        /**
         * Sets the error statuses after which a request is sent again. 401 is not one of them: it has its own
         * rule (once, with a new token).
         *
         * @param idempotent whether these are for idempotent requests (PATCH, PUT, GET, DELETE) or for the
         *     others (POST)
         * @param statuses error statuses, 400 to 599 except 401; empty for none
         * @return this builder
         * @throws IllegalArgumentException naming each status out of range
         */
        public Builder retryableStatuses(boolean idempotent, Set<Integer> statuses) {
            Set<Integer> checked = errorStatuses(statuses, "retryableStatuses");
            if (idempotent) {
                this.idempotentStatuses = checked;
            } else {
                this.nonIdempotentStatuses = checked;
            }
            return this;
        }

        /**
         * Sets the I/O failures after which a request is sent again.
         *
         * @param idempotent whether these are for idempotent requests or for the others
         * @param kinds the kinds of failure retried; empty for none
         * @return this builder
         */
        public Builder retryableIoFailures(boolean idempotent, Set<IoFailureKind> kinds) {
            Set<IoFailureKind> copy = Set.copyOf(Objects.requireNonNull(kinds, "retryableIoFailures"));
            if (idempotent) {
                this.idempotentIoFailures = copy;
            } else {
                this.nonIdempotentIoFailures = copy;
            }
            return this;
        }

        /**
         * Sets the token endpoint's error statuses after which the token request is tried again.
         *
         * @param statuses error statuses, 400 to 599 except 401; empty for none
         * @return this builder
         * @throws IllegalArgumentException naming each status out of range
         */
        public Builder retryableTokenStatuses(Set<Integer> statuses) {
            this.tokenStatuses = errorStatuses(statuses, "retryableTokenStatuses");
            return this;
        }

        private static Set<Integer> errorStatuses(Set<Integer> statuses, String name) {
            Objects.requireNonNull(statuses, name);
            java.util.List<Integer> bad = statuses.stream()
                    .filter(s -> s == null || s < 400 || s > 599 || s == 401).toList();
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(name + " must be error statuses 400-599 other than 401, was "
                        + bad);
            }
            return Set.copyOf(statuses);
        }

        /**
         * Sets how many times a request may be sent in all.
         *
         * @param maxAttempts at least 1
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the most time spent waiting between attempts of one call.
         *
         * @param maxTotalWait not negative
         * @return this builder
         */
        public Builder maxTotalWait(Duration maxTotalWait) {
            this.maxTotalWait = nonNegative(maxTotalWait, "maxTotalWait");
            return this;
        }

        /**
         * Sets the first backoff when the server gave no hint.
         *
         * @param initialBackoff not negative
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the longest backoff when the server gave no hint.
         *
         * @param maxBackoff not negative
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return an immutable policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + d);
            }
            return d;
        }
    }
}
