package io.github.roster.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A Procore time-range filter value, {@code START...END} (three dots), each end a date ({@code 2026-01-31},
 * the whole day in UTC) or an ISO 8601 time with its offset ({@code 2026-01-31T10:00:00Z}); both ends are
 * included.
 *
 * @param from the first instant in the range
 * @param until the first instant after the range
 */
record TimeRange(Instant from, Instant until) {

    private static final String SEPARATOR = "...";

    /** The range, or empty when the text is not of that form. */
    static Optional<TimeRange> parse(String text) {
        int separator = text.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        try {
            Instant from = start(text.substring(0, separator).trim());
            Instant until = end(text.substring(separator + SEPARATOR.length()).trim());
            return from.isBefore(until) ? Optional.of(new TimeRange(from, until)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether an ISO 8601 time is in the range; {@code null} or unreadable text is not. */
    boolean contains(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        try {
            Instant instant = OffsetDateTime.parse(timestamp).toInstant();
            return !instant.isBefore(from) && instant.isBefore(until);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Instant start(String text) {
        return text.contains("T") ? OffsetDateTime.parse(text).toInstant()
                : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(String text) {
        return text.contains("T") ? OffsetDateTime.parse(text).toInstant().plusNanos(1)
                : LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
