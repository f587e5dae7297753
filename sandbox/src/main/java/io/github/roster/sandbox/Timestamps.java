package io.github.roster.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The timestamp forms the vendors write in their responses. */
final class Timestamps {

    private static final DateTimeFormatter AUTODESK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The last instant formatted in each form: a bulk request formats one instant for each of its users. */
    private static volatile Formatted lastAutodesk = new Formatted(Instant.EPOCH, AUTODESK.format(Instant.EPOCH));
    private static volatile Formatted lastIso = new Formatted(Instant.EPOCH, "1970-01-01T00:00:00Z");

    private record Formatted(Instant instant, String text) {
    }

    private Timestamps() {
    }

    /** Autodesk's documented form, {@code YYYY-MM-DDThh:mm:ss.sssZ}. */
    static String autodesk(Instant instant) {
        Formatted last = lastAutodesk;
        if (!last.instant().equals(instant)) {
            last = new Formatted(instant, AUTODESK.format(instant));
            lastAutodesk = last;
        }
        return last.text();
    }

    /** ISO 8601 in UTC to the second, e.g. {@code 2026-11-20T10:30:00Z}: ACC's and Procore's form. */
    static String iso(Instant instant) {
        Formatted last = lastIso;
        if (!last.instant().equals(instant)) {
            last = new Formatted(instant,
                    DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS)));
            lastIso = last;
        }
        return last.text();
    }
}
