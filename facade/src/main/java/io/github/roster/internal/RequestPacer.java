package io.github.roster.internal;

import io.github.roster.http.Sleeper;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces request starts evenly so that at most N start per minute: each caller reserves the next free
 * slot and waits for it. Thread-safe; fair in arrival order.
 */
public final class RequestPacer {

    private final long intervalNanos;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private long nextSlot;
    private boolean started;

    /**
     * Creates a pacer.
     *
     * @param requestsPerMinute at least 1
     * @param sleeper what waits
     * @param nanoTime a monotonic clock in nanoseconds
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
}
