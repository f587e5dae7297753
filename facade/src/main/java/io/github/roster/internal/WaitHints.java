package io.github.roster.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads how long a server asked the client to wait: {@code Retry-After} as seconds or as an HTTP date,
 * or Procore's {@code X-Rate-Limit-Reset} (Unix seconds). Never clamps: a server asking for 25 s gets 25 s.
 */
public final class WaitHints {

    private WaitHints() {
    }

    /**
     * The wait the headers ask for.
     *
     * @param headers response headers (any case)
     * @param clock the clock "now" is read from, for HTTP dates and reset times
     * @return the wait, or null when the headers give none
     */
    public static Duration from(Map<String, ? extends Collection<String>> headers, Clock clock) {
        Map<String, Collection<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                h.put(k, v);
            }
        });
        Duration retryAfter = parseRetryAfter(first(h, "Retry-After"), clock);
        if (retryAfter != null) {
            return retryAfter;
        }
        return parseReset(first(h, "X-Rate-Limit-Reset"), clock);
    }

    static Duration parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return nonNegative(Duration.between(clock.instant(), at));
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    static Duration parseReset(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(value.trim()));
            return nonNegative(Duration.between(clock.instant(), at));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static String first(Map<String, Collection<String>> h, String name) {
        Collection<String> values = h.get(name);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
