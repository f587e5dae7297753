package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.api.ProjectUsersApi;
import io.github.roster.client.procore.api.CompanyUsersApi;
import io.github.roster.http.Pacing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each operation's rate-limit group comes from its generated request line; budgets follow credentials. */
class RateLimitGroupTest {

    @Test
    void theGroupIsDerivedFromTheGeneratedRequestLine() {
        assertThat(Operation.of(AccountUsersApi.class, "updateAccountUserWithHttpInfo").rateLimitGroup())
                .isEqualTo(RateLimitGroup.AUTODESK_HQ);
        assertThat(Operation.of(ProjectUsersApi.class, "importProjectUsersWithHttpInfo").rateLimitGroup())
                .isEqualTo(RateLimitGroup.AUTODESK_ADMIN_WRITE);
        assertThat(Operation.of(CompanyUsersApi.class, "updateCompanyUserWithHttpInfo").rateLimitGroup())
                .isEqualTo(RateLimitGroup.PROCORE);
    }

    @Test
    void readsAndWritesOfConstructionAdminAreSeparateGroups() {
        assertThat(RateLimitGroup.of("GET", "/construction/admin/v1/projects/{projectId}/users"))
                .isEqualTo(RateLimitGroup.AUTODESK_ADMIN_READ);
        assertThat(RateLimitGroup.of("DELETE", "/construction/admin/v1/projects/{projectId}/users/{userId}"))
                .isEqualTo(RateLimitGroup.AUTODESK_ADMIN_WRITE);
        assertThat(RateLimitGroup.of("GET", "/hq/v1/accounts/{accountId}/users")).isEqualTo(RateLimitGroup.AUTODESK_HQ);
        assertThat(RateLimitGroup.of("GET", "/elsewhere")).isEqualTo(RateLimitGroup.OTHER);
    }

    @Test
    void twoCredentialInstancesWithTheSameClientIdShareOneBudget() throws InterruptedException {
        List<Duration> sleeps = new ArrayList<>();
        Clock fixed = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
        String clientId = "shared-" + System.nanoTime();
        SharedPacers first = new SharedPacers(Pacing.requestsPerMinute(60), credentials(clientId), sleeps::add, fixed);
        SharedPacers second = new SharedPacers(Pacing.requestsPerMinute(60), credentials(clientId), sleeps::add, fixed);
        SharedPacers other = new SharedPacers(Pacing.requestsPerMinute(60), credentials(clientId + "-other"),
                sleeps::add, fixed);

        first.acquire(RateLimitGroup.AUTODESK_HQ);
        second.acquire(RateLimitGroup.AUTODESK_HQ);
        other.acquire(RateLimitGroup.AUTODESK_HQ);
        second.acquire(RateLimitGroup.AUTODESK_ADMIN_WRITE);

        // the clock stands still: the second start of the shared hq budget waits one slot, nothing else waits
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    private static TokenProvider credentials(String clientId) {
        return AutodeskClientCredentials.builder().clientId(clientId).clientSecret("secret").build();
    }
}
