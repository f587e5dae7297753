package io.github.roster.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Decides which requests get a fault, and which one: a share {@code rate} of them, each fault drawn evenly
 * from the configured {@link SandboxFault}s, from a seeded {@link Random} so that a run is repeatable. A rate of
 * 0 never draws.
 */
final class FaultInjector {

    private final double rate;
    private final List<SandboxFault> faults;
    private final Random random;

    FaultInjector(double rate, List<SandboxFault> faults, long seed) {
        if (!(rate >= 0.0 && rate <= 1.0)) {
            throw new IllegalArgumentException("fault rate must be within 0..1, was " + rate);
        }
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("at least one fault is needed");
        }
        this.rate = rate;
        this.faults = List.copyOf(faults);
        this.random = new Random(seed);
    }

    /** The fault for the next request, if it gets one. */
    synchronized Optional<SandboxFault> draw() {
        if (rate <= 0.0 || random.nextDouble() >= rate) {
            return Optional.empty();
        }
        return Optional.of(faults.size() == 1 ? faults.get(0) : faults.get(random.nextInt(faults.size())));
    }
}
