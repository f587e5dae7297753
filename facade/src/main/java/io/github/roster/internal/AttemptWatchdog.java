package io.github.roster.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The overall deadline of one attempt: when it passes before {@link #stop()}, the request is cancelled (its
 * connection closed), which ends any blocked read; {@link #failure} then turns the resulting I/O failure into
 * an {@link AttemptTimeoutException}.
 */
final class AttemptWatchdog {

    private final Duration deadline;
    private final AtomicBoolean expired = new AtomicBoolean();
    private final ScheduledFuture<?> alarm;

    AttemptWatchdog(ScheduledExecutorService timer, Duration deadline, Cancellable request) {
        this.deadline = deadline;
        this.alarm = timer.schedule(() -> {
            expired.set(true);
            request.cancel();
        }, deadline.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The attempt is over (answer read or abandoned): the alarm is disarmed. */
    void stop() {
        alarm.cancel(false);
    }

    /** Whether the deadline passed. */
    boolean expired() {
        return expired.get();
    }

    /**
     * The failure to report for an I/O failure seen during the attempt: the deadline when it has passed.
     *
     * @param seen the failure the read or send ended with
     * @return {@code seen}, or an {@link AttemptTimeoutException} caused by it
     */
    java.io.IOException failure(java.io.IOException seen) {
        if (!expired() || seen instanceof AttemptTimeoutException) {
            return seen;
        }
        AttemptTimeoutException timeout = new AttemptTimeoutException(deadline);
        timeout.initCause(seen);
        return timeout;
    }
}
