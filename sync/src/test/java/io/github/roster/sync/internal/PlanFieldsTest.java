package io.github.roster.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When the planner and apply's stale check call two values of a field the same: blank is no value, and e-mails are
 * matched ignoring case, so a change of case alone is never planned or called stale; every other field is exact.
 */
class PlanFieldsTest {

    @Test
    void emailsOfBothPlatformsIgnoreCase() {
        assertThat(PlanFields.same("email", "Ann.Lee@Example.com", "ann.lee@example.com")).isTrue();
        assertThat(PlanFields.same("email_address", "ANN@X.COM", "ann@x.com")).isTrue();
        assertThat(PlanFields.same("email", "ann@x.com", "anne@x.com")).isFalse();
    }

    @Test
    void otherFieldsAreExact() {
        assertThat(PlanFields.same("last_name", "Lee", "lee")).isFalse();
        assertThat(PlanFields.same("job_title", "Site Lead", "Site Lead")).isTrue();
    }

    @Test
    void blankIsNoValue() {
        assertThat(PlanFields.same("job_title", " ", null)).isTrue();
        assertThat(PlanFields.same("job_title", null, "")).isTrue();
        assertThat(PlanFields.same("email", null, "ann@x.com")).isFalse();
        assertThat(PlanFields.same("email", "ann@x.com", "  ")).isFalse();
        assertThat(PlanFields.same("last_name", null, "Lee")).isFalse();
    }
}
