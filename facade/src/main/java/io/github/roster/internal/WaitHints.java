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
 * or, on a 429 only, Procore's {@code X-Rate-Limit-Reset} (Unix seconds). A server asking for 25 s gets 25 s;
 * a hint beyond {@link #LONGEST} (up to {@code 9223372036854775807} seconds, or more digits than a long holds) is
 * read as {@link #LONGEST}, which is beyond any retry budget: the call gives up with the rate-limit outcome
 * instead of overflowing.
 *
 * <p>{@code X-Rate-Limit-Reset} is sent with every Procore answer and names the end of the current rate
 * window (up to an hour away): it is a wait hint only when the answer says the limit was hit (429). On a 502
 * or 503 it would make a short outage look like an hour's wait.
 */
public final class WaitHints {

    /** The longest wait a hint is read as: one day, far beyond any sensible retry budget. */
    public static final Duration LONGEST = Duration.ofDays(1);

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    private WaitHints() {
    }

    /**
     * The wait the headers of an answer ask for.
     *
     * @param status the answer's status: {@code X-Rate-Limit-Reset} counts only on 429
     * @param headers response headers (any case)
     * @param clock the clock "now" is read from, for HTTP dates and reset times
     * @return the wait, or null when the headers give none
     */
    public static Duration from(int status, Map<String, ? extends Collection<String>> headers, Clock clock) {
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
        return status == 429 ? parseReset(first(h, "X-Rate-Limit-Reset"), clock) : null;
    }

    static Duration parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (DIGITS.matcher(v).matches()) {
            return seconds(v);
        }
        try {
            Long.parseLong(v);
            return null; // a negative number of seconds
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = nonNegative(Duration.between(clock.instant(), at));
                return d.compareTo(LONGEST) > 0 ? LONGEST : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    static Duration parseReset(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!DIGITS.matcher(v).matches()) {
            return null;
        }
        String trimmed = v.replaceFirst("^0+(?=\\d)", "");
        Instant now = clock.instant();
        if (trimmed.length() > 18 || Long.parseLong(trimmed) - now.getEpochSecond() > LONGEST.getSeconds()) {
            return LONGEST;
        }
        return nonNegative(Duration.between(now, Instant.ofEpochSecond(Long.parseLong(trimmed))));
    }

    /** Non-negative whole seconds, clamped to {@link #LONGEST}. */
    private static Duration seconds(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        if (trimmed.length() > 12) {
            return LONGEST;
        }
        Duration d = Duration.ofSeconds(Long.parseLong(trimmed));
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static String first(Map<String, Collection<String>> h, String name) {
        Collection<String> values = h.get(name);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
