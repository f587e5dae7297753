package io.github.roster.sandbox;

import java.time.Duration;

/**
 * The vendors' rate-limit groups: every call of a group shares one budget, and groups are counted separately.
 * Each group knows the vendor's real limit, enforced when the sandbox is built with
 * {@link RosterSandbox.Builder#vendorRateLimits()}.
 */
enum RateLimitGroup {
    /** Every BIM 360 {@code /hq/} call: 100 per minute per client. */
    AUTODESK_HQ("autodesk-hq", new RateLimit(100, Duration.ofMinutes(1))),
    /** ACC {@code /construction/admin} reads: 600 per minute. */
    AUTODESK_ADMIN_READ("autodesk-admin-read", new RateLimit(600, Duration.ofMinutes(1))),
    /** ACC {@code /construction/admin} writes: 100 per minute. */
    AUTODESK_ADMIN_WRITE("autodesk-admin-write", new RateLimit(100, Duration.ofMinutes(1))),
    /** Every Procore call: 3,600 per hour. */
    PROCORE("procore", new RateLimit(3600, Duration.ofHours(1)));

    private final String label;
    private final RateLimit vendorLimit;

    RateLimitGroup(String label, RateLimit vendorLimit) {
        this.label = label;
        this.vendorLimit = vendorLimit;
    }

    /** The one place a request's group is decided: from its vendor and its method. */
    static RateLimitGroup of(VendorApi api, String method) {
        return switch (api) {
            case BIM360_ACCOUNT_ADMIN -> AUTODESK_HQ;
            case ACC_ADMIN -> "GET".equals(method) || "HEAD".equals(method)
                    ? AUTODESK_ADMIN_READ
                    : AUTODESK_ADMIN_WRITE;
            case PROCORE_DIRECTORY -> PROCORE;
        };
    }

    String label() {
        return label;
    }

    RateLimit vendorLimit() {
        return vendorLimit;
    }
}
