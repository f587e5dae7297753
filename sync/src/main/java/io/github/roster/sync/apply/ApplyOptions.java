package io.github.roster.sync.apply;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SyncApplier} waits and writes.
 *
 * @param importWait how long, at most, to wait for ACC users:import results to appear in the project's users
 *     (Autodesk processes imports asynchronously); actions still not visible then are {@code unverified}
 * @param pollInterval the pause between two reads of the project's users while waiting
 * @param durableJournal whether each journal and audit record is also forced to the device (survives power
 *     loss, not only a killed process; one disk flush per record)
 */
public record ApplyOptions(Duration importWait, Duration pollInterval, boolean durableJournal) {

    /** Two minutes of waiting for imports, reading every two seconds; records written through, not forced. */
    public static final ApplyOptions DEFAULTS = new ApplyOptions(Duration.ofMinutes(2), Duration.ofSeconds(2), false);

    /**
     * Checks the durations.
     *
     * @param importWait zero or more
     * @param pollInterval more than zero
     * @param durableJournal whether records are forced to the device
     */
    public ApplyOptions {
        Objects.requireNonNull(importWait, "importWait");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (importWait.isNegative()) {
            throw new IllegalArgumentException("the import wait must be zero or more, was " + importWait);
        }
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("the poll interval must be more than zero, was " + pollInterval);
        }
    }

    /**
     * These options with another import wait.
     *
     * @param wait zero or more
     * @return the options
     */
    public ApplyOptions withImportWait(Duration wait) {
        return new ApplyOptions(wait, pollInterval, durableJournal);
    }
}
