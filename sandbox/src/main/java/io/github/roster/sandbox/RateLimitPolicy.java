package io.github.roster.sandbox;

/** The limit each {@link RateLimitGroup} gets in one sandbox. */
@FunctionalInterface
interface RateLimitPolicy {

    RateLimit limitFor(RateLimitGroup group);

    /** No limit (the default). */
    static RateLimitPolicy off() {
        return perMinute(0);
    }

    /** The same {@code n} per minute for every group; 0 is off. */
    static RateLimitPolicy perMinute(int n) {
        RateLimit limit = new RateLimit(n, RateLimit.MINUTE);
        return group -> limit;
    }

    /** The vendors' real limits, group by group. */
    static RateLimitPolicy vendor() {
        return RateLimitGroup::vendorLimit;
    }
}
