package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A schema (of a request body, parameter or header) compiled once into plain checks over a parsed value, which
 * can only <em>vouch</em> for a value: {@link #vouchesFor} is true when every check passes, and the checks are each
 * as strict as, or stricter than, what swagger-request-validator's JSON-schema walk checks for the same keyword. A
 * value it does not vouch for is not refused here: it goes to the full walk, which refuses it (or accepts it) with
 * its own messages.
 *
 * <p>It reads the schema as swagger-request-validator does (swagger-core's {@code Json.mapper()}), and knows a
 * fixed set of keywords; a schema node with any other keyword (combinators, discriminator, other formats...)
 * never vouches. Where its rule is stricter than the walk's it just sends more values to the walk: {@code null}
 * never vouches (whatever {@code nullable} says), a property the schema does not declare never vouches
 * (whatever {@code additionalProperties} says), a {@code readOnly} property never vouches, {@code maxLength} counts
 * UTF-16 units, an {@code email} must be a plain dot-atom address, a {@code uuid} the canonical 36 characters, a
 * {@code pattern} must use a small syntax Java and ECMA 262 read alike and the text must not hold a line break.
 */
final class CompiledSchema {

    /** Keywords that do not constrain a value (annotations and OpenAPI notes). */
    private static final Set<String> ANNOTATIONS = Set.of("description", "title", "example", "examples", "default",
            "deprecated", "externalDocs", "xml", "writeOnly", "nullable", "exampleSetFlag");
    /** The keywords checked for each {@code type} (besides {@code type}, {@code readOnly} and {@code uniqueItems}). */
    private static final Map<String, Set<String>> CHECKED = Map.of(
            "string", Set.of("format", "enum", "minLength", "maxLength", "pattern"),
            "integer", Set.of("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"),
            "number", Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"),
            "boolean", Set.of(),
            "array", Set.of("minItems", "maxItems", "items"),
            "object", Set.of("properties", "required", "additionalProperties"),
            "", Set.of());
    /** A dot-atom address with a dotted domain of letters, digits and inner hyphens. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9_+-]+(\\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Regex syntax read alike by java.util.regex and ECMA 262 (no line breaks in the text). */
    private static final Pattern PORTABLE_REGEX = Pattern.compile("(\\^)?([A-Za-z0-9_ :,-]|\\\\[d.\\-]"
            + "|\\[\\^?([A-Za-z0-9_ :,.-]|\\\\[d.\\-])+]|[{][0-9]+(,[0-9]*)?[}]|[()|?+*])*(\\$)?");
    private static final int MAX_DEPTH = 32;

    private final Check root;

    private CompiledSchema(Check root) {
        this.root = root;
    }

    /** Compiles the schema as swagger-request-validator reads it. */
    static CompiledSchema compile(Schema<?> schema) {
        return new CompiledSchema(compile(Json.mapper().convertValue(schema, JsonNode.class), 0));
    }

    /** Whether every check passes for the parsed value; false sends it to the full validation. */
    boolean vouchesFor(JsonNode value) {
        return root.passes(value);
    }

    @FunctionalInterface
    private interface Check {
        boolean passes(JsonNode node);
    }

    private static final Check NEVER = node -> false;

    private static Check compile(JsonNode schema, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return NEVER;
        }
        String type = schema.path("type").asText("");
        Set<String> checked = CHECKED.get(type);
        if (checked == null || schema.path("readOnly").asBoolean(false) || schema.path("uniqueItems").asBoolean(false)) {
            return NEVER;
        }
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!checked.contains(name) && !ANNOTATIONS.contains(name) && !name.startsWith("x-")
                    && !name.equals("type") && !name.equals("readOnly") && !name.equals("uniqueItems")) {
                return NEVER;
            }
        }
        Check typed = switch (type) {
            case "string" -> string(schema);
            case "integer" -> integer(schema);
            case "number" -> number(schema);
            case "boolean" -> JsonNode::isBoolean;
            case "array" -> array(schema, depth);
            case "object" -> object(schema, depth);
            default -> node -> true;
        };
        // null never vouches, whatever nullable says
        return typed == NEVER ? NEVER : node -> !node.isNull() && typed.passes(node);
    }

    private static Check string(JsonNode schema) {
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.has("maxLength") ? schema.path("maxLength").asInt() : Integer.MAX_VALUE;
        Pattern format;
        switch (schema.path("format").asText("")) {
            case "" -> format = null;
            case "email" -> format = EMAIL;
            case "uuid" -> format = UUID;
            default -> {
                return NEVER;
            }
        }
        Pattern pattern = null;
        if (schema.has("pattern")) {
            String regex = schema.path("pattern").asText();
            if (!PORTABLE_REGEX.matcher(regex).matches()) {
                return NEVER;
            }
            pattern = Pattern.compile(regex);
        }
        Set<String> values = null;
        if (schema.has("enum")) {
            values = new HashSet<>();
            for (JsonNode value : schema.path("enum")) {
                if (!value.isTextual()) {
                    return NEVER;
                }
                values.add(value.asText());
            }
        }
        Pattern formatPattern = format;
        Pattern textPattern = pattern;
        Set<String> enumValues = values;
        return node -> {
            if (!node.isTextual()) {
                return false;
            }
            String text = node.textValue();
            if (text.length() > maxLength || text.codePointCount(0, text.length()) < minLength) {
                return false;
            }
            if (formatPattern != null && !formatPattern.matcher(text).matches()) {
                return false;
            }
            if (textPattern != null && (hasLineBreak(text) || !textPattern.matcher(text).find())) {
                return false;
            }
            return enumValues == null || enumValues.contains(text);
        };
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static Check integer(JsonNode schema) {
        String format = schema.path("format").asText("");
        if (!format.isEmpty() && !format.equals("int32") && !format.equals("int64")) {
            return NEVER;
        }
        Check bounds = bounds(schema);
        if (bounds == NEVER) {
            return NEVER;
        }
        boolean int32 = format.equals("int32");
        return node -> node.isIntegralNumber() && node.canConvertToLong()
                && (!int32 || node.canConvertToInt()) && bounds.passes(node);
    }

    private static Check number(JsonNode schema) {
        Check bounds = bounds(schema);
        return bounds == NEVER ? NEVER : node -> node.isNumber() && bounds.passes(node);
    }

    /** {@code minimum}/{@code maximum} with OpenAPI 3.0's boolean exclusive flags; never with anything else. */
    private static Check bounds(JsonNode schema) {
        for (String flag : new String[] {"exclusiveMinimum", "exclusiveMaximum"}) {
            if (schema.has(flag) && !schema.path(flag).isBoolean()) {
                return NEVER;
            }
        }
        BigDecimal minimum = schema.has("minimum") ? schema.path("minimum").decimalValue() : null;
        BigDecimal maximum = schema.has("maximum") ? schema.path("maximum").decimalValue() : null;
        boolean exclusiveMinimum = schema.path("exclusiveMinimum").asBoolean(false);
        boolean exclusiveMaximum = schema.path("exclusiveMaximum").asBoolean(false);
        return node -> {
            BigDecimal value = node.decimalValue();
            if (minimum != null) {
                int c = value.compareTo(minimum);
                if (c < 0 || (exclusiveMinimum && c == 0)) {
                    return false;
                }
            }
            if (maximum != null) {
                int c = value.compareTo(maximum);
                return c < 0 || (!exclusiveMaximum && c == 0);
            }
            return true;
        };
    }

    private static Check array(JsonNode schema, int depth) {
        int minItems = schema.path("minItems").asInt(0);
        int maxItems = schema.has("maxItems") ? schema.path("maxItems").asInt() : Integer.MAX_VALUE;
        Check items = schema.has("items") ? compile(schema.path("items"), depth + 1) : node -> true;
        if (items == NEVER) {
            return NEVER;
        }
        return node -> {
            if (!node.isArray() || node.size() < minItems || node.size() > maxItems) {
                return false;
            }
            for (JsonNode item : node) {
                if (!items.passes(item)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Check object(JsonNode schema, int depth) {
        Map<String, Check> properties = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            // a property that never vouches is only a problem when a body has it: it stays in the map
            properties.put(field.getKey(), compile(field.getValue(), depth + 1));
        }
        List<String> required = new ArrayList<>();
        for (JsonNode name : schema.path("required")) {
            if (!name.isTextual()) {
                return NEVER;
            }
            required.add(name.asText());
        }
        String[] requiredNames = required.toArray(new String[0]);
        return node -> {
            if (!node.isObject()) {
                return false;
            }
            for (String name : requiredNames) {
                if (!node.has(name)) {
                    return false;
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                Check check = properties.get(field.getKey());
                if (check == null || !check.passes(field.getValue())) {
                    return false;
                }
            }
            return true;
        };
    }
}
