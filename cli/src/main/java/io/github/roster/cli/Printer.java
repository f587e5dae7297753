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
     * Prints the items of a list as they are fetched, never holding the whole list: {@code json} a JSON array,
     * {@code ndjson} one compact JSON object per line, {@code text} one line per item.
     *
     * @param out where to print
     * @param output the format
     * @param items the items, consumed once
     * @param text the line of one item in text output
     * @param <T> the item type
     * @return how many items were printed
     */
    static <T> long list(java.io.PrintStream out, CommonOptions.Output output, Iterable<T> items,
                         java.util.function.Function<? super T, String> text) {
        long n = 0;
        if (output == CommonOptions.Output.json) {
            out.print("[");
        }
        for (T item : items) {
            switch (output) {
                case json -> out.print((n == 0 ? "\n  " : ",\n  ") + compact(item));
                case ndjson -> out.println(compact(item));
                default -> out.println(text.apply(item));
            }
            n++;
        }
        if (output == CommonOptions.Output.json) {
            out.println(n == 0 ? "]" : "\n]");
        }
        out.flush();
        return n;
    }
}
