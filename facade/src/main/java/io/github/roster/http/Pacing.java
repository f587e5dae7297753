package io.github.roster.http;

/**
 * Client-side pacing: how fast requests may start, per vendor rate-limit group (Autodesk {@code hq};
 * {@code construction/admin} reads; its writes; Procore). A group's budget is shared by every client in the JVM
 * that uses the same credentials (the same client id, or the same {@code TokenProvider} instance). Off by
 * default. Immutable.
 */
public final class Pacing {

    private static final Pacing OFF = new Pacing(false, 0);
    private static final Pacing VENDOR_LIMITS = new Pacing(true, 0);

    private final boolean vendorLimits;
    private final int requestsPerMinute;

    private Pacing(boolean vendorLimits, int requestsPerMinute) {
        this.vendorLimits = vendorLimits;
        this.requestsPerMinute = requestsPerMinute;
    }

    /**
     * No pacing: requests start as soon as they are made (the vendor's 429s are still honoured by retries).
     *
     * @return no pacing
     */
    public static Pacing off() {
        return OFF;
    }

    /**
     * Each group at the vendor's documented limit: Autodesk {@code hq} 100 per minute, {@code construction/admin}
     * reads 600 and writes 100 per minute, Procore one request a second (within its hourly and 10-second
     * windows).
     *
     * @return pacing at the vendors' limits
     */
    public static Pacing vendorLimits() {
        return VENDOR_LIMITS;
    }

    /**
     * The same rate for every group.
     *
     * @param requestsPerMinute at least 1, per group
     * @return pacing at that rate
     * @throws IllegalArgumentException when {@code requestsPerMinute} is below 1
     */
    public static Pacing requestsPerMinute(int requestsPerMinute) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + requestsPerMinute);
        }
        return new Pacing(false, requestsPerMinute);
    }

    /**
     * Whether requests are paced at all.
     *
     * @return false for {@link #off()}
     */
    public boolean enabled() {
        return vendorLimits || requestsPerMinute > 0;
    }

    /**
     * The rate of a group.
     *
     * @param vendorRequestsPerMinute the vendor's documented steady rate for the group, 0 when none
     * @return requests per minute for the group, 0 when it is not paced
     */
    public int requestsPerMinuteFor(int vendorRequestsPerMinute) {
        return vendorLimits ? vendorRequestsPerMinute : requestsPerMinute;
    }

    @Override
    public String toString() {
        return vendorLimits ? "Pacing{vendorLimits}" : requestsPerMinute > 0
                ? "Pacing{" + requestsPerMinute + "/min per group}" : "Pacing{off}";
    }
}
