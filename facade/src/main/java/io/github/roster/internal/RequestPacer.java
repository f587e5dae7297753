package io.github.roster.internal;

import io.github.roster.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Spaces request starts evenly so that at most N start per minute: each caller reserves the next free
 * slot and waits for it. Thread-safe; fair in arrival order. Time is read from the client's
 * {@link java.time.Clock} (see {@link io.github.roster.http.HttpOptions#clock()}), so a test clock that moves
 * only when the test sleeper sleeps sees exact intervals.
 */
public final class RequestPacer {

    private final long intervalNanos;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private long nextSlot;
    private long lastNow;
    private boolean started;

    /**
     * Creates a pacer.
     *
     * @param requestsPerMinute at least 1
     * @param sleeper what waits
     * @param nanoTime the time in nanoseconds; if it ever goes back (a wall clock being set), the reserved
     *     slots move back with it, so a clock change never makes callers wait longer than the pacing asks
     */
    public RequestPacer(int requestsPerMinute, Sleeper sleeper, LongSupplier nanoTime) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1");
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / requestsPerMinute;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /**
     * Waits until this caller may start a request.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            if (started && now < lastNow) {
                nextSlot -= lastNow - now;
            }
            lastNow = now;
            if (!started || nextSlot <= now) {
                nextSlot = now;
                started = true;
            }
            wait = nextSlot - now;
            nextSlot += intervalNanos;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    /**
     * The time of a clock in nanoseconds since the epoch, for pacing on the client's (injectable) clock.
     *
     * @param clock the clock
     * @return its time in nanoseconds
     */
    public static LongSupplier nanosOf(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        };
    }
}
