package io.github.roster.sandbox;

import java.util.Random;

/**
 * Decides which requests are answered 503: a share {@code rate} of them, drawn from a seeded
 * {@link Random} so that a run is repeatable. A rate of 0 never draws.
 */
final class FaultInjector {

    private final double rate;
    private final Random random;

    FaultInjector(double rate, long seed) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("fault rate must be within 0..1, was " + rate);
        }
        this.rate = rate;
        this.random = new Random(seed);
    }

    synchronized boolean shouldFail() {
        return rate > 0.0 && random.nextDouble() < rate;
    }
}
