package io.github.roster.sync.apply;

import java.util.Arrays;

/** How one planned action ended. {@link #key()} is how journals, audit logs and reports name it. */
public enum ActionOutcome {
    /** Written and read back as planned (or found already done when an earlier run's outcome was unknown). */
    APPLIED("applied"),
    /** The vendor refused it (the reason says why), or the target could not be read to act safely. */
    FAILED("failed"),
    /** Written (or possibly written), but not visible as planned after the wait: re-run to resolve it. */
    UNVERIFIED("unverified"),
    /** Not done: the target no longer holds what the plan saw for this person; make a new plan. */
    STALE("stale"),
    /** Not executed: a report-only action ({@code unmanaged}, {@code blocked}). */
    SKIPPED("skipped");

    private final String key;

    ActionOutcome(String key) {
        this.key = key;
    }

    /**
     * The name used in files.
     *
     * @return e.g. {@code applied}
     */
    public String key() {
        return key;
    }

    /**
     * The outcome a file names.
     *
     * @param key e.g. {@code unverified}
     * @return the outcome
     * @throws IllegalArgumentException for an unknown name
     */
    public static ActionOutcome fromKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outcome '" + key + "'"));
    }
}
