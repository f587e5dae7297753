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
}
