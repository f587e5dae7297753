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
        var parsed = LENIENT.parse(text.trim());
        LocalDateTime local = LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                : ZoneOffset.UTC;
        return OffsetDateTime.of(local, offset);
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
