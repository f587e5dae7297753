package io.github.roster.client.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads the timestamps the vendors actually send, not only the ISO 8601 form they document.
 *
 * <p>Accepted: ISO 8601 with an offset ({@code 2016-04-07T08:00:24.027Z}, {@code +02:00}, {@code +0200}),
 * and the same without a zone and/or with a space instead of {@code T}
 * ({@code 2016-04-07 08:00:24.020422}, the BIM 360 reference example), which is read as UTC.
 */
public final class LenientOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    /** Creates the deserializer. */
    public LenientOffsetDateTimeDeserializer() {
        super(OffsetDateTime.class);
    }

    /**
     * Parses one timestamp.
     *
     * @param text the timestamp as sent
     * @return the instant with its offset; UTC when the text has none
     * @throws DateTimeParseException when the text is no timestamp in any accepted form
     */
    public static OffsetDateTime parse(String text) {
        OffsetDateTime common = parseCommonForm(text);
        return common != null ? common : parseAnyForm(text);
    }

    /** Every accepted form, through the general formatter. */
    static OffsetDateTime parseAnyForm(String text) {
        var parsed = LENIENT.parse(text.trim());
        LocalDateTime local = LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                : ZoneOffset.UTC;
        return OffsetDateTime.of(local, offset);
    }

    /**
     * The forms nearly every answer carries, read without the general formatter (which costs several objects
     * per field): {@code yyyy-MM-ddTHH:mm:ss}, a space for the {@code T}, an optional fraction of 1 to 9 digits,
     * then nothing (UTC), {@code Z}, {@code +HH:MM} or {@code +HHMM}. Anything else, including an impossible
     * date, is left to {@link #LENIENT}, which decides and words the error.
     *
     * @return the timestamp, or null when the text is not in one of these forms
     */
    static OffsetDateTime parseCommonForm(String text) {
        int n = text.length();
        if (n < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != 'T'
                && text.charAt(10) != ' ') || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                nanos = nanos * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n) {
            offset = ZoneOffset.UTC;
        } else if (text.charAt(i) == 'Z' && i + 1 == n) {
            offset = ZoneOffset.UTC;
        } else if ((text.charAt(i) == '+' || text.charAt(i) == '-') && (n - i == 6 || n - i == 5)) {
            int sign = text.charAt(i) == '-' ? -1 : 1;
            int hh = digits(text, i + 1, 2);
            boolean colon = n - i == 6;
            if (colon && text.charAt(i + 3) != ':') {
                return null;
            }
            int mm = digits(text, colon ? i + 4 : i + 3, 2);
            if (hh < 0 || mm < 0 || hh > 18 || mm > 59) {
                return null;
            }
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return null;
        }
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(p.getLongValue()), ZoneOffset.UTC);
        }
        String text = p.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                    "not a timestamp in a form the vendors send: %s", e.getMessage());
        }
    }
}
