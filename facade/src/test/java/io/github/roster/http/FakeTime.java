package io.github.roster.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A clock that stands still except when something sleeps on it: each sleep is recorded and moves the
 * clock forward by exactly that much, so tests never really wait and waits can be asserted exactly.
 */
public final class FakeTime extends Clock implements Sleeper {

    /** 2026-01-15T10:00:00Z: where every FakeTime starts. */
    public static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private volatile Consumer<Duration> onSleep = d -> { };

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now.updateAndGet(t -> t.plus(duration));
        onSleep.accept(duration);
    }

    /**
     * Runs something whenever a sleep is recorded (e.g. start a server while the client waits).
     *
     * @param action called with each wait, after the clock moved
     */
    public void onSleep(Consumer<Duration> action) {
        this.onSleep = action;
    }

    /**
     * Moves the clock without recording a sleep (time passing outside the client).
     *
     * @param d how far
     */
    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    /**
     * Every wait recorded, in order.
     *
     * @return the waits
     */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /**
     * HTTP options that wait and read time only through this clock.
     *
     * @return a builder to add to
     */
    public HttpOptions.Builder options() {
        return HttpOptions.builder().clock(this).sleeper(this);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("FakeTime is UTC only");
    }
}
