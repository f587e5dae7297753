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
     * {@code ndjson} one compact JSON object per line, {@code text} one line per item. When fetching fails after
     * the JSON array was opened, the array is closed with the failure object ({@link FailureJson}, which has an
     * {@code "error"} field no item has) as its last element, so standard output is still one JSON document and a
     * script finds the failure at {@code .[-1].error}; the exit code says the list is incomplete.
     *
     * @param out where to print
     * @param output the format
     * @param items the items, consumed once
     * @param text the line of one item in text output
     * @param <T> the item type
     * @return how many items were printed
     * @throws ListInterruptedException when fetching failed in JSON output (the failure is printed already)
     */
    static <T> long list(java.io.PrintStream out, CommonOptions.Output output, Iterable<T> items,
                         java.util.function.Function<? super T, String> text) {
        long n = 0;
        if (output == CommonOptions.Output.json) {
            out.print("[");
        }
        try {
            for (T item : items) {
                switch (output) {
                    case json -> out.print((n == 0 ? "\n  " : ",\n  ") + compact(item));
                    case ndjson -> out.println(compact(item));
                    default -> out.println(text.apply(item));
                }
                n++;
            }
        } catch (RuntimeException failure) {
            if (output != CommonOptions.Output.json) {
                throw failure;
            }
            out.println((n == 0 ? "\n  " : ",\n  ") + compact(FailureJson.of(failure)) + "\n]");
            out.flush();
            throw new ListInterruptedException(failure);
        }
        if (output == CommonOptions.Output.json) {
            out.println(n == 0 ? "]" : "\n]");
        }
        out.flush();
        return n;
    }
}
