package io.github.roster.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.error.VendorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a vendor said in an error body without ever failing: unknown shapes, HTML pages and empty
 * bodies give {@link VendorError#EMPTY} (the raw body is kept elsewhere).
 */
public final class VendorErrorParser {

    private final ObjectMapper mapper;

    /**
     * Creates a parser.
     *
     * @param mapper the client's mapper
     */
    public VendorErrorParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Parses an error body.
     *
     * @param body the raw body, possibly empty or not JSON
     * @return what could be read
     */
    public VendorError parse(String body) {
        if (body == null || body.isBlank()) {
            return VendorError.EMPTY;
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (Exception notJson) {
            return VendorError.EMPTY;
        }
        if (root == null || !root.isObject()) {
            return VendorError.EMPTY;
        }
        String code = firstText(root, "code", "errorCode", "error_code");
        String message = firstText(root, "message", "developerMessage", "detail", "userMessage", "error_description");
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        JsonNode errors = root.get("errors");
        if (errors != null && errors.isObject()) {
            errors.fields().forEachRemaining(e -> fieldErrors.put(e.getKey(), texts(e.getValue())));
        } else if (errors != null && errors.isArray() && message == null) {
            List<String> all = texts(errors);
            message = all.isEmpty() ? null : String.join("; ", all);
        }
        JsonNode error = root.get("error");
        if (message == null && error != null) {
            message = error.isTextual() ? error.asText() : firstText(error, "message", "detail");
            if (code == null && error.isObject()) {
                code = firstText(error, "code");
            }
        }
        return new VendorError(code, message, fieldErrors);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull() && (v.isValueNode()) && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.isValueNode() ? n.asText() : n.toString()));
        } else if (node.isValueNode()) {
            out.add(node.asText());
        } else {
            out.add(node.toString());
        }
        return out;
    }
}
