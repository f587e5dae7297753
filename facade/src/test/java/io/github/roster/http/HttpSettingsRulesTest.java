package io.github.roster.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The settings a caller gives the HTTP layer: each bad value refused with a message naming it, the edge values
 * accepted, every setting kept through {@code toBuilder()}, the backoff ceiling per attempt, and the paging types'
 * arithmetic and ends.
 */
class HttpSettingsRulesTest {

    @Test
    void httpOptionsRefuseEachBadValueNamingIt() {
        assertThatThrownBy(() -> HttpOptions.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("connectTimeout must be positive, was PT0S");
        assertThatThrownBy(() -> HttpOptions.builder().readTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("readTimeout must be positive, was PT-1S");
        assertThatThrownBy(() -> HttpOptions.builder().attemptTimeout(null))
                .isInstanceOf(NullPointerException.class).hasMessage("attemptTimeout");
        assertThatThrownBy(() -> HttpOptions.builder().maxResponseBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxResponseBytes must be at least 1, was 0");
        assertThatThrownBy(() -> HttpOptions.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxConnections must be at least 1, was 0");
        assertThatThrownBy(() -> HttpOptions.builder().requestsPerMinute(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestsPerMinute must not be negative, was -1");
        assertThatThrownBy(() -> HttpOptions.builder().retryPolicy(null)).hasMessage("retryPolicy");
        assertThatThrownBy(() -> HttpOptions.builder().pacing(null)).hasMessage("pacing");
        assertThatThrownBy(() -> HttpOptions.builder().clock(null)).hasMessage("clock");
        assertThatThrownBy(() -> HttpOptions.builder().sleeper(null)).hasMessage("sleeper");
        assertThatThrownBy(() -> HttpOptions.builder().proxy(null)).hasMessage("proxy");
    }

    @Test
    void httpOptionsAcceptTheSmallestValuesAndKeepEverySettingThroughToBuilder() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        Sleeper sleeper = d -> { };
        ProxyOptions proxy = ProxyOptions.none();
        RetryPolicy retries = RetryPolicy.builder().maxAttempts(2).build();
        HttpOptions options = HttpOptions.builder().connectTimeout(Duration.ofMillis(1))
                .readTimeout(Duration.ofMillis(2)).attemptTimeout(Duration.ofMillis(3)).maxResponseBytes(1)
                .maxConnections(1).retryPolicy(retries).requestsPerMinute(7).clock(clock).sleeper(sleeper)
                .proxy(proxy).build();

        HttpOptions copy = options.toBuilder().build();

        assertThat(copy.connectTimeout()).isEqualTo(Duration.ofMillis(1));
        assertThat(copy.readTimeout()).isEqualTo(Duration.ofMillis(2));
        assertThat(copy.attemptTimeout()).isEqualTo(Duration.ofMillis(3));
        assertThat(copy.maxResponseBytes()).isEqualTo(1);
        assertThat(copy.maxConnections()).isEqualTo(1);
        assertThat(copy.retryPolicy()).isSameAs(retries);
        assertThat(copy.pacing().requestsPerMinuteFor(100)).isEqualTo(7);
        assertThat(copy.clock()).isSameAs(clock);
        assertThat(copy.sleeper()).isSameAs(sleeper);
        assertThat(copy.proxy()).isSameAs(proxy);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        HttpOptions d = HttpOptions.defaults();
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.attemptTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(d.maxResponseBytes()).isEqualTo(32L * 1024 * 1024);
        assertThat(d.maxConnections()).isEqualTo(20);
        assertThat(d.retryPolicy()).isSameAs(RetryPolicy.defaults());
        assertThat(d.pacing().enabled()).isFalse();
        assertThat(d.sleeper()).isSameAs(Sleeper.SYSTEM);
    }

    @Test
    void pacingIsOffAFixedRateOrTheVendorsLimits() {
        assertThat(HttpOptions.builder().requestsPerMinute(0).build().pacing()).isSameAs(Pacing.off());
        assertThat(Pacing.off().enabled()).isFalse();
        assertThat(Pacing.off()).hasToString("Pacing{off}");
        assertThat(Pacing.off().requestsPerMinuteFor(100)).isZero();

        Pacing one = Pacing.requestsPerMinute(1);
        assertThat(one.enabled()).isTrue();
        assertThat(one.requestsPerMinuteFor(100)).isEqualTo(1);
        assertThat(one).hasToString("Pacing{1/min per group}");

        assertThat(Pacing.vendorLimits().enabled()).isTrue();
        assertThat(Pacing.vendorLimits().requestsPerMinuteFor(600)).isEqualTo(600);
        assertThat(Pacing.vendorLimits()).hasToString("Pacing{vendorLimits}");

        assertThatThrownBy(() -> Pacing.requestsPerMinute(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("requestsPerMinute must be at least 1, was 0");
    }

    @Test
    void theBackoffCeilingDoublesFromTheInitialWaitUpToTheCap() {
        RetryPolicy p = RetryPolicy.builder().initialBackoff(Duration.ofMillis(500))
                .maxBackoff(Duration.ofSeconds(30)).build();

        assertThat(p.backoffCeiling(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.backoffCeiling(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.backoffCeiling(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(p.backoffCeiling(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(p.backoffCeiling(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.backoffCeiling(1000)).isEqualTo(Duration.ofSeconds(30));

        RetryPolicy noWait = RetryPolicy.builder().initialBackoff(Duration.ZERO).build();
        assertThat(noWait.backoffCeiling(3)).isEqualTo(Duration.ZERO);

        RetryPolicy huge = RetryPolicy.builder().initialBackoff(Duration.ofMillis(Long.MAX_VALUE / 4))
                .maxBackoff(Duration.ofMillis(Long.MAX_VALUE)).build();
        assertThat(huge.backoffCeiling(40)).isEqualTo(Duration.ofMillis(Long.MAX_VALUE));
    }

    @Test
    void aRetryPolicyKeepsEverySettingThroughToBuilderAndShowsThem() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(3).maxTotalWait(Duration.ofSeconds(40))
                .initialBackoff(Duration.ofMillis(250)).maxBackoff(Duration.ofSeconds(8))
                .retryableStatuses(true, Set.of(503, 429)).retryableStatuses(false, Set.of(429))
                .retryableIoFailures(true, Set.of(IoFailureKind.NOT_SENT)).retryableIoFailures(false, Set.of())
                .retryableTokenStatuses(Set.of(503)).build();

        RetryPolicy copy = p.toBuilder().build();

        assertThat(copy.maxAttempts()).isEqualTo(3);
        assertThat(copy.maxTotalWait()).isEqualTo(Duration.ofSeconds(40));
        assertThat(copy.initialBackoff()).isEqualTo(Duration.ofMillis(250));
        assertThat(copy.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
        assertThat(copy).hasToString("RetryPolicy{maxAttempts=3, maxTotalWait=PT40S, initialBackoff=PT0.25S, "
                + "maxBackoff=PT8S, retryableStatuses=[429, 503]/[429], retryableIoFailures=[NOT_SENT]/[], "
                + "retryableTokenStatuses=[503]}");
    }

    @Test
    void retryPolicyRefusesEachBadValueNamingIt() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be at least 1, was 0");
        assertThatNoException().isThrownBy(() -> RetryPolicy.builder().maxAttempts(1)
                .maxTotalWait(Duration.ZERO).initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO));
        assertThatThrownBy(() -> RetryPolicy.builder().maxTotalWait(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxTotalWait must not be negative, was PT-0.001S");
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(null)).hasMessage("initialBackoff");
        assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofSeconds(-2)))
                .hasMessage("maxBackoff must not be negative, was PT-2S");
        assertThatThrownBy(() -> RetryPolicy.builder().retryableIoFailures(true, null))
                .hasMessage("retryableIoFailures");
        assertThatThrownBy(() -> RetryPolicy.builder().retryableTokenStatuses(Set.of(399, 600)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("retryableTokenStatuses must be error statuses 400-599 other than 401, was ")
                .hasMessageContaining("399").hasMessageContaining("600");
        assertThatNoException().isThrownBy(() -> RetryPolicy.builder().retryableStatuses(true, Set.of(400, 599)));
    }

    @Test
    void ioFailureRulesAreKeptPerIdempotencyAndCanBeEmptied() {
        RetryPolicy p = RetryPolicy.builder()
                .retryableIoFailures(true, Set.of(IoFailureKind.NOT_SENT))
                .retryableIoFailures(false, Set.of()).build();

        assertThat(p.retryableIoFailures(true)).containsExactly(IoFailureKind.NOT_SENT);
        assertThat(p.retryableIoFailures(false)).isEmpty();
        assertThat(p.retries(IoFailureKind.NOT_SENT, true)).isTrue();
        assertThat(p.retries(IoFailureKind.MAY_HAVE_BEEN_PROCESSED, true)).isFalse();
        assertThat(p.retries(IoFailureKind.NOT_SENT, false)).isFalse();
        assertThat(p.toBuilder().build().retryableIoFailures(false)).isEmpty();
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void pageRequestsNameEveryBadValueAndStepByTheirLimit() {
        assertThatThrownBy(() -> new PageRequest(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must not be negative, was -1; limit must be at least 1, was 0");
        assertThatThrownBy(() -> new PageRequest(0, 0)).hasMessage("limit must be at least 1, was 0");
        assertThatThrownBy(() -> new PageRequest(-5, 1)).hasMessage("offset must not be negative, was -5");

        PageRequest first = PageRequest.first(100);
        assertThat(first).isEqualTo(new PageRequest(0, 100));
        assertThat(first.pageNumber()).isEqualTo(1);
        assertThat(first.next()).isEqualTo(new PageRequest(100, 100));
        assertThat(first.next().next().pageNumber()).isEqualTo(3);
        assertThat(new PageRequest(150, 100).pageNumber()).isEqualTo(2);
    }

    @Test
    void aPageKnowsWhetherAnotherFollowsAndShowsItsShape() {
        Page<String> last = new Page<>(List.of("a", "b"), new PageRequest(20, 10), Optional.empty());
        Page<String> more = new Page<>(List.of("a"), PageRequest.first(1), Optional.of(new PageRequest(1, 1)));

        assertThat(last.hasNext()).isFalse();
        assertThat(more.hasNext()).isTrue();
        assertThat(last).hasToString("Page{items=2, offset=20, limit=10, hasNext=false}");
        assertThat(more).hasToString("Page{items=1, offset=0, limit=1, hasNext=true}");
    }

    @Test
    void aPagedListSkipsEmptyPagesStopsAtTheLastAndFetchesNothingBeyond() {
        List<PageRequest> asked = new ArrayList<>();
        PagedIterable<Integer> all = PagedIterable.of(PageRequest.first(2), r -> {
            asked.add(r);
            long page = r.pageNumber();
            List<Integer> items = page == 2 ? List.of() : List.of((int) page * 10, (int) page * 10 + 1);
            return new Page<>(items, r, page < 3 ? Optional.of(r.next()) : Optional.empty());
        });

        assertThat(asked).isEmpty();
        Iterator<Integer> it = all.iterator();
        assertThat(it.next()).isEqualTo(10);
        assertThat(asked).hasSize(1);
        List<Integer> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertThat(rest).containsExactly(11, 30, 31);
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        assertThat(asked).extracting(PageRequest::offset).containsExactly(0L, 2L, 4L);
        assertThat(all.stream().toList()).containsExactly(10, 11, 30, 31);
    }
}
