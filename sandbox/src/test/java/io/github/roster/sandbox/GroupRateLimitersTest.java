package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rate-limit groups: derived from vendor and method, each counted in its own fixed windows (frozen clock). */
class GroupRateLimitersTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:20Z");

    private static int allowedInOneWindow(GroupRateLimiters limiters, RateLimitGroup group) {
        int allowed = 0;
        while (limiters.acquire(group).allowed()) {
            allowed++;
            if (allowed > 10_000) {
                throw new AssertionError(group + " never refuses");
            }
        }
        return allowed;
    }

    @Test
    void groupComesFromVendorAndMethod() {
        assertThat(RateLimitGroup.of(VendorApi.BIM360_ACCOUNT_ADMIN, "GET")).isEqualTo(RateLimitGroup.AUTODESK_HQ);
        assertThat(RateLimitGroup.of(VendorApi.BIM360_ACCOUNT_ADMIN, "PATCH")).isEqualTo(RateLimitGroup.AUTODESK_HQ);
        assertThat(RateLimitGroup.of(VendorApi.ACC_ADMIN, "GET")).isEqualTo(RateLimitGroup.AUTODESK_ADMIN_READ);
        assertThat(RateLimitGroup.of(VendorApi.ACC_ADMIN, "POST")).isEqualTo(RateLimitGroup.AUTODESK_ADMIN_WRITE);
        assertThat(RateLimitGroup.of(VendorApi.ACC_ADMIN, "PATCH")).isEqualTo(RateLimitGroup.AUTODESK_ADMIN_WRITE);
        assertThat(RateLimitGroup.of(VendorApi.ACC_ADMIN, "DELETE")).isEqualTo(RateLimitGroup.AUTODESK_ADMIN_WRITE);
        assertThat(RateLimitGroup.of(VendorApi.PROCORE_DIRECTORY, "GET")).isEqualTo(RateLimitGroup.PROCORE);
        assertThat(RateLimitGroup.AUTODESK_ADMIN_READ.label()).isEqualTo("autodesk-admin-read");
    }

    @Test
    void vendorLimitsAreCountedPerGroup() {
        GroupRateLimiters limiters = new GroupRateLimiters(RateLimitPolicy.vendor(), new MutableClock(NOW));
        assertThat(allowedInOneWindow(limiters, RateLimitGroup.AUTODESK_HQ)).isEqualTo(100);
        assertThat(allowedInOneWindow(limiters, RateLimitGroup.AUTODESK_ADMIN_READ)).isEqualTo(600);
        assertThat(allowedInOneWindow(limiters, RateLimitGroup.AUTODESK_ADMIN_WRITE)).isEqualTo(100);
        assertThat(allowedInOneWindow(limiters, RateLimitGroup.PROCORE)).isEqualTo(3600);
    }

    @Test
    void procoreWindowIsAnHourAndAutodeskWindowsAMinute() {
        MutableClock clock = new MutableClock(NOW);
        GroupRateLimiters limiters = new GroupRateLimiters(RateLimitPolicy.vendor(), clock);
        allowedInOneWindow(limiters, RateLimitGroup.PROCORE);
        allowedInOneWindow(limiters, RateLimitGroup.AUTODESK_HQ);

        RateLimitDecision procore = limiters.acquire(RateLimitGroup.PROCORE);
        assertThat(procore.resetEpochSecond()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z").getEpochSecond());
        assertThat(procore.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(44).plusSeconds(40).getSeconds());

        clock.advance(Duration.ofSeconds(40));
        assertThat(limiters.acquire(RateLimitGroup.AUTODESK_HQ).allowed()).as("a new minute").isTrue();
        assertThat(limiters.acquire(RateLimitGroup.PROCORE).allowed()).as("the same hour").isFalse();
        clock.advance(Duration.ofMinutes(44));
        assertThat(limiters.acquire(RateLimitGroup.PROCORE).allowed()).as("a new hour").isTrue();
    }

    @Test
    void perMinutePolicyGivesEveryGroupTheSameBudget() {
        GroupRateLimiters limiters = new GroupRateLimiters(RateLimitPolicy.perMinute(3), new MutableClock(NOW));
        for (RateLimitGroup group : RateLimitGroup.values()) {
            assertThat(allowedInOneWindow(limiters, group)).as(group.label()).isEqualTo(3);
        }
    }

    @Test
    void offPolicyNeverRefuses() {
        GroupRateLimiters limiters = new GroupRateLimiters(RateLimitPolicy.off(), new MutableClock(NOW));
        for (int i = 0; i < 5000; i++) {
            assertThat(limiters.acquire(RateLimitGroup.AUTODESK_HQ).allowed()).isTrue();
        }
        assertThat(limiters.acquire(RateLimitGroup.PROCORE).limit()).isEqualTo(Integer.MAX_VALUE);
    }
}
