package io.github.roster.internal;

import java.util.Locale;

/**
 * The vendors' rate-limit groups: requests in one group share one budget per set of credentials. Derived in
 * {@link #of(String, String)} from an operation's generated request line, so a new operation needs nothing.
 */
public enum RateLimitGroup {
    /** Autodesk {@code hq/...}: every call shares 100 requests per minute per client id. */
    AUTODESK_HQ(100),
    /** Autodesk {@code construction/admin} reads (GET): 600 per minute per client id. */
    AUTODESK_ADMIN_READ(600),
    /** Autodesk {@code construction/admin} writes: 100 per minute per client id, counted apart from reads. */
    AUTODESK_ADMIN_WRITE(100),
    /**
     * Procore REST: an hourly window (3,600 by default) and a 10-second spike window per token; one request a
     * second keeps within both.
     */
    PROCORE(60),
    /** Anything else: no documented limit, never paced by the vendor limits. */
    OTHER(0);

    private final int vendorRequestsPerMinute;

    RateLimitGroup(int vendorRequestsPerMinute) {
        this.vendorRequestsPerMinute = vendorRequestsPerMinute;
    }

    /**
     * The steady rate that keeps within the vendor's documented limit.
     *
     * @return requests per minute, 0 when the vendor documents none
     */
    public int vendorRequestsPerMinute() {
        return vendorRequestsPerMinute;
    }

    /**
     * The group of a request.
     *
     * @param method the HTTP method, e.g. {@code PATCH}
     * @param path the path template, e.g. {@code /hq/v1/accounts/{accountId}/users/{userId}}
     * @return its group
     */
    public static RateLimitGroup of(String method, String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.startsWith("/hq/")) {
            return AUTODESK_HQ;
        }
        if (p.startsWith("/construction/admin/")) {
            return method.equalsIgnoreCase("GET") ? AUTODESK_ADMIN_READ : AUTODESK_ADMIN_WRITE;
        }
        if (p.startsWith("/rest/") || p.startsWith("/vapid/")) {
            return PROCORE;
        }
        return OTHER;
    }
}
