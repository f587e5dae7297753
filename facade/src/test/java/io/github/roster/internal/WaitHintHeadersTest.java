package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How long a retry waits for each form of hint a server sends: {@code Retry-After} in seconds or as an HTTP date,
 * Procore's {@code X-Rate-Limit-Reset} on a 429, and hints that are malformed, in the past or absurdly far away.
 */
class WaitHintHeadersTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Duration hint(int status, String name, String value) {
        return WaitHints.from(status, Map.of(name, List.of(value)), CLOCK);
    }

    private static String httpDate(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }

    @ParameterizedTest
    @CsvSource({"25,25", "0,0", "' 7 ',7", "007,7", "000000000000000000025,25", "86400,86400", "86399,86399"})
    void retryAfterSecondsAreWaitedExactly(String value, long seconds) {
        assertThat(hint(503, "Retry-After", value)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"86401", "999999999999", "1000000000000", "9223372036854775807",
            "99999999999999999999999999"})
    void aHintBeyondADayIsReadAsTheLongestWait(String value) {
        assertThat(hint(429, "Retry-After", value)).isEqualTo(WaitHints.LONGEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-5", "-0", "soon", "1.5", "25s", "Thu, 32 Jan 2026 10:00:00 GMT"})
    void aMalformedRetryAfterIsNoHint(String value) {
        assertThat(hint(503, "Retry-After", value)).isNull();
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        assertThat(hint(503, "Retry-After", httpDate(NOW.plusSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
        assertThat(hint(503, "Retry-After", " " + httpDate(NOW.plusSeconds(86400)) + " "))
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void anHttpDateInThePastMeansRetryNow() {
        assertThat(hint(503, "Retry-After", httpDate(NOW.minusSeconds(30)))).isEqualTo(Duration.ZERO);
    }

    @Test
    void anHttpDateMoreThanADayAwayIsReadAsTheLongestWait() {
        assertThat(hint(503, "Retry-After", httpDate(NOW.plusSeconds(86401)))).isEqualTo(WaitHints.LONGEST);
    }

    @Test
    void headerNamesAreMatchedInAnyCase() {
        assertThat(hint(503, "retry-after", "3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(hint(429, "x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 4)))
                .isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theFirstValueOfARepeatedHeaderCounts() {
        assertThat(WaitHints.from(503, Map.of("Retry-After", List.of("5", "60")), CLOCK))
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anAnswerWithoutHintsHasNone() {
        Map<String, Collection<String>> headers = new HashMap<>();
        headers.put(null, List.of("HTTP/1.1 429 Too Many Requests"));
        headers.put("Retry-After", List.of());
        headers.put("Content-Type", List.of("application/json"));

        assertThat(WaitHints.from(429, headers, CLOCK)).isNull();
    }

    @Test
    void theRateLimitResetCountsOnA429Only() {
        String reset = Long.toString(NOW.getEpochSecond() + 60);

        assertThat(hint(429, "X-Rate-Limit-Reset", reset)).isEqualTo(Duration.ofSeconds(60));
        assertThat(hint(503, "X-Rate-Limit-Reset", reset)).isNull();
        assertThat(hint(502, "X-Rate-Limit-Reset", reset)).isNull();
    }

    @Test
    void retryAfterWinsOverTheRateLimitReset() {
        Map<String, List<String>> both = Map.of("Retry-After", List.of("5"),
                "X-Rate-Limit-Reset", List.of(Long.toString(NOW.getEpochSecond() + 60)));

        assertThat(WaitHints.from(429, both, CLOCK)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aMalformedRetryAfterFallsBackToTheRateLimitReset() {
        Map<String, List<String>> both = Map.of("Retry-After", List.of("later"),
                "X-Rate-Limit-Reset", List.of(Long.toString(NOW.getEpochSecond() + 60)));

        assertThat(WaitHints.from(429, both, CLOCK)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aResetInThePastMeansRetryNow() {
        assertThat(hint(429, "X-Rate-Limit-Reset", Long.toString(NOW.getEpochSecond() - 1))).isEqualTo(Duration.ZERO);
        assertThat(hint(429, "X-Rate-Limit-Reset", "0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void aResetExactlyADayAwayIsWaitedAndOneSecondMoreIsTheLongestWait() {
        assertThat(hint(429, "X-Rate-Limit-Reset", " " + (NOW.getEpochSecond() + 86400) + " "))
                .isEqualTo(Duration.ofDays(1));
        assertThat(hint(429, "X-Rate-Limit-Reset", Long.toString(NOW.getEpochSecond() + 86401)))
                .isEqualTo(WaitHints.LONGEST);
        assertThat(hint(429, "X-Rate-Limit-Reset", Long.toString(NOW.getEpochSecond() + 86399)))
                .isEqualTo(Duration.ofSeconds(86399));
    }

    @Test
    void aResetWithLeadingZerosIsReadAsItsNumber() {
        assertThat(hint(429, "X-Rate-Limit-Reset", "00000000" + (NOW.getEpochSecond() + 20)))
                .isEqualTo(Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999999999999", "1000000000000000000", "9223372036854775807",
            "123456789012345678901234567890"})
    void aResetTooFarAwayForAnyClockIsTheLongestWait(String value) {
        assertThat(hint(429, "X-Rate-Limit-Reset", value)).isEqualTo(WaitHints.LONGEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-60", "soon", "1.7e9"})
    void aMalformedResetIsNoHint(String value) {
        assertThat(hint(429, "X-Rate-Limit-Reset", value)).isNull();
    }
}
