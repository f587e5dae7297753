package io.github.roster.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.roster.client.core.RosterJson;

/** Prints models as the vendors' JSON. */
final class Printer {

    private static final ObjectMapper JSON = RosterJson.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = RosterJson.newObjectMapper();

    private Printer() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print " + value.getClass().getSimpleName(), e);
        }
    }

    static String compact(Object value) {
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print " + value.getClass().getSimpleName(), e);
        }
    }

    static ObjectMapper mapper() {
        return COMPACT;
    }

    /** Prints {@code items} as one JSON array, each item as soon as it arrives (never holding the list). */
    static void printJsonArray(java.io.PrintStream out, Iterable<?> items) {
        out.print('[');
        boolean first = true;
        for (Object item : items) {
            out.print(first ? "\n  " : ",\n  ");
            out.print(compact(item));
            out.flush();
            first = false;
        }
        out.println(first ? "]" : "\n]");
    }

    /** Prints {@code items} as JSON Lines: one compact object per line, each as soon as it arrives. */
    static void printJsonLines(java.io.PrintStream out, Iterable<?> items) {
        for (Object item : items) {
            out.println(compact(item));
            out.flush();
        }
    }
}
