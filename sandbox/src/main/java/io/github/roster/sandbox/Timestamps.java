package io.github.roster.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The timestamp forms the vendors write in their responses. */
final class Timestamps {

    private static final DateTimeFormatter AUTODESK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Autodesk's documented form, {@code YYYY-MM-DDThh:mm:ss.sssZ}. */
    static String autodesk(Instant instant) {
        return AUTODESK.format(instant);
    }

    /** ISO 8601 in UTC to the second, e.g. {@code 2026-11-20T10:30:00Z}: ACC's and Procore's form. */
    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
