package io.github.roster.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A fault the sandbox can inject into a share of the vendor requests ({@link RosterSandbox.Builder#faultRate}).
 * {@link #key()} is how the command line names it ({@code --fault drop-after-processing}).
 */
public enum SandboxFault {

    /** Answered 503 with {@code Retry-After: 1}, before anything is processed. */
    UNAVAILABLE("unavailable"),

    /** Answered 429 with {@code Retry-After: 1} in the vendor's shape, before anything is processed. */
    TOO_MANY_REQUESTS("too-many-requests"),

    /**
     * Processed completely (a write is applied), then the connection is closed without an answer: the client
     * cannot tell whether its request happened.
     */
    DROP_AFTER_PROCESSING("drop-after-processing");

    private final String key;

    SandboxFault(String key) {
        this.key = key;
    }

    /**
     * The name on the command line.
     *
     * @return e.g. {@code drop-after-processing}
     */
    public String key() {
        return key;
    }

    /**
     * The fault a command line names.
     *
     * @param key e.g. {@code too-many-requests}, any case
     * @return the fault
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static SandboxFault fromKey(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown fault '" + key + "': expected one of "
                        + Arrays.stream(values()).map(SandboxFault::key).collect(Collectors.joining(", "))));
    }
}
