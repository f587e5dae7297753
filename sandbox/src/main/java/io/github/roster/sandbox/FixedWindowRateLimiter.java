package io.github.roster.sandbox;

import java.time.Clock;

/**
 * A fixed-window rate limiter: windows start on whole multiples of the window length since the epoch (whole
 * minutes, whole hours), and at most {@code limit} requests are allowed in each. A limit of 0 turns limiting
 * off; the decisions then report {@link Integer#MAX_VALUE} as the limit. Rejected requests do not use up the
 * window.
 */
final class FixedWindowRateLimiter {

    private final int limit;
    private final long windowSeconds;
    private final Clock clock;
    private long windowStart = Long.MIN_VALUE;
    private long used;

    FixedWindowRateLimiter(RateLimit rateLimit, Clock clock) {
        this.limit = rateLimit.limit();
        this.windowSeconds = rateLimit.window().getSeconds();
        this.clock = clock;
    }

    synchronized RateLimitDecision acquire() {
        long now = clock.instant().getEpochSecond();
        long start = now - Math.floorMod(now, windowSeconds);
        long reset = start + windowSeconds;
        long retryAfter = Math.max(1, reset - now);
        if (limit == 0) {
            return new RateLimitDecision(true, Integer.MAX_VALUE, Integer.MAX_VALUE, reset, retryAfter);
        }
        if (start != windowStart) {
            windowStart = start;
            used = 0;
        }
        if (used >= limit) {
            return new RateLimitDecision(false, limit, 0, reset, retryAfter);
        }
        used++;
        return new RateLimitDecision(true, limit, limit - used, reset, retryAfter);
    }
}
