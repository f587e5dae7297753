package io.github.roster.sandbox;

import java.time.Clock;

/**
 * A fixed one-minute window rate limiter: windows start on whole minutes of the clock, and at most
 * {@code perMinute} requests are allowed in each. A limit of 0 turns limiting off; the decisions then
 * report {@link Integer#MAX_VALUE} as the limit. Rejected requests do not use up the window.
 */
final class FixedWindowRateLimiter {

    private static final long WINDOW_SECONDS = 60;

    private final int perMinute;
    private final Clock clock;
    private long windowStart = Long.MIN_VALUE;
    private long used;

    FixedWindowRateLimiter(int perMinute, Clock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("rate limit must be >= 0, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    synchronized RateLimitDecision acquire() {
        long now = clock.instant().getEpochSecond();
        long start = now - Math.floorMod(now, WINDOW_SECONDS);
        long reset = start + WINDOW_SECONDS;
        long retryAfter = Math.max(1, reset - now);
        if (perMinute == 0) {
            return new RateLimitDecision(true, Integer.MAX_VALUE, Integer.MAX_VALUE, reset, retryAfter);
        }
        if (start != windowStart) {
            windowStart = start;
            used = 0;
        }
        if (used >= perMinute) {
            return new RateLimitDecision(false, perMinute, 0, reset, retryAfter);
        }
        used++;
        return new RateLimitDecision(true, perMinute, perMinute - used, reset, retryAfter);
    }
}
