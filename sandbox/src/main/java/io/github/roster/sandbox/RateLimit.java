package io.github.roster.sandbox;

import java.time.Duration;

/**
 * How many requests a group may make per fixed window.
 *
 * @param limit requests per window; 0 means no limit
 * @param window the window's length; windows start on whole multiples of it since the epoch
 */
record RateLimit(int limit, Duration window) {

    static final Duration MINUTE = Duration.ofMinutes(1);

    RateLimit {
        if (limit < 0) {
            throw new IllegalArgumentException("rate limit must be >= 0, was " + limit);
        }
        if (window.getSeconds() < 1 || window.getNano() != 0) {
            throw new IllegalArgumentException("rate-limit window must be whole seconds, was " + window);
        }
    }
}
