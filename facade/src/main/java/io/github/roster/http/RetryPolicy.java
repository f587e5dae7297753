package io.github.roster.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long Roster waits before sending a request again. Immutable.
 *
 * <p>An operation is idempotent when sending it twice has the effect of sending it once: the BIM 360 and
 * Procore PATCH updates are, the ACC {@code users:import} POST is not (a second copy may add users twice
 * or start a second job). A non-idempotent request is sent again only when the vendor cannot have acted on
 * it: it answered 429 or 503, or the connection failed before anything was sent.
 *
 * <table>
 *   <caption>What is retried</caption>
 *   <tr><th>outcome</th><th>PATCH (idempotent)</th><th>POST users:import</th><th>wait</th></tr>
 *   <tr><td>429</td><td>yes</td><td>yes (not processed)</td>
 *       <td>{@code Retry-After} (seconds or HTTP date), else {@code X-Rate-Limit-Reset}, else backoff</td></tr>
 *   <tr><td>503</td><td>yes</td><td>yes (not processed)</td><td>{@code Retry-After}, else backoff</td></tr>
 *   <tr><td>408, 502, 504</td><td>yes</td><td>no (may have been processed)</td>
 *       <td>{@code Retry-After}, else backoff</td></tr>
 *   <tr><td>connection refused, connect timeout, unknown host</td><td>yes</td><td>yes (never sent)</td>
 *       <td>backoff</td></tr>
 *   <tr><td>connection reset, read timeout, empty response</td><td>yes</td><td>no (may have been processed)</td>
 *       <td>backoff</td></tr>
 *   <tr><td>401</td><td colspan="2">once, with a new token (the refused one is invalidated)</td><td>none</td></tr>
 *   <tr><td>token request failed: I/O, or 408/429/502/503/504 from the token endpoint</td>
 *       <td colspan="2">yes (nothing was sent to the API)</td><td>its {@code Retry-After}, else backoff</td></tr>
 *   <tr><td>other 4xx, 500 and other 5xx, 2xx with an unreadable body, token refused (e.g. wrong secret)</td>
 *       <td>no</td><td>no</td><td>-</td></tr>
 * </table>
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
 * server's last hint. The table is also in {@code docs/retries.md}.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration maxTotalWait;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private RetryPolicy(Builder b) {
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
                .initialBackoff(initialBackoff).maxBackoff(maxBackoff);
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
                + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + '}';
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration maxTotalWait = Duration.ofMinutes(5);
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);

        private Builder() {
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
