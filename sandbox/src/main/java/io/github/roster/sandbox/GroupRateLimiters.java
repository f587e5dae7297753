package io.github.roster.sandbox;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** One {@link FixedWindowRateLimiter} per {@link RateLimitGroup}: each group's windows are counted on their own. */
final class GroupRateLimiters {

    private final Map<RateLimitGroup, FixedWindowRateLimiter> limiters = new EnumMap<>(RateLimitGroup.class);

    GroupRateLimiters(RateLimitPolicy policy, Clock clock) {
        for (RateLimitGroup group : RateLimitGroup.values()) {
            limiters.put(group, new FixedWindowRateLimiter(policy.limitFor(group), clock));
        }
    }

    RateLimitDecision acquire(RateLimitGroup group) {
        return limiters.get(group).acquire();
    }
}
