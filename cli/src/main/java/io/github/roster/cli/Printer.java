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

    /**
     * Prints a list as it is fetched, without holding it: a JSON array for {@code json}, one compact object per
     * line for {@code ndjson}, one {@code text} line per item otherwise.
     */
    static <T> long list(java.io.PrintStream out, CommonOptions.Output output, Iterable<T> items,
                         java.util.function.Function<T, String> textLine) {
        long count = 0;
        if (output == CommonOptions.Output.json) {
            out.print("[");
        }
        for (T item : items) {
            switch (output) {
                case json -> out.print((count == 0 ? "\n  " : ",\n  ") + compact(item));
                case ndjson -> out.println(compact(item));
                default -> out.println(textLine.apply(item));
            }
            count++;
        }
        if (output == CommonOptions.Output.json) {
            out.println(count == 0 ? "]" : "\n]");
        }
        out.flush();
        return count;
    }
}
