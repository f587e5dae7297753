package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules one form field must follow, taken from its property schema in the spec: type (string, integer,
 * number, boolean, or {@code format: binary} for a file), pattern, length, bounds, enum and e-mail format.
 */
final class FormFieldRule {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Schema<?> schema;
    private final Pattern pattern;

    FormFieldRule(Schema<?> schema) {
        this.schema = schema;
        this.pattern = schema.getPattern() == null ? null : Pattern.compile(schema.getPattern());
    }

    /** Whether the field is a file ({@code type: string, format: binary}). */
    boolean isFile() {
        return "string".equals(type()) && "binary".equals(schema.getFormat());
    }

    Verdict<JsonNode, String> check(FormPart part) {
        if (isFile()) {
            return part.isFile() ? Verdict.accepted(null) : Verdict.refused("must be sent as a file part");
        }
        if (part.isFile()) {
            return Verdict.refused("must be a text field, not a file");
        }
        String text = part.text();
        return switch (type()) {
            case "integer" -> integer(text);
            case "number" -> number(text);
            case "boolean" -> bool(text);
            default -> string(text);
        };
    }

    private String type() {
        return schema.getType() == null ? "string" : schema.getType();
    }

    private Verdict<JsonNode, String> integer(String text) {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return Verdict.refused("must be a 64-bit integer, was \"" + text + "\"");
        }
        return bounds(BigDecimal.valueOf(value)).map(Verdict::<JsonNode, String>refused)
                .orElseGet(() -> Verdict.accepted(integerNode(value)));
    }

    private Verdict<JsonNode, String> number(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return Verdict.refused("must be a number, was \"" + text + "\"");
        }
        return bounds(value).map(Verdict::<JsonNode, String>refused)
                .orElseGet(() -> Verdict.accepted(DoubleNode.valueOf(value.doubleValue())));
    }

    /** The node Jackson would parse the number into, so that stored values equal parsed responses. */
    private static JsonNode integerNode(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    private Verdict<JsonNode, String> bool(String text) {
        return switch (text.trim()) {
            case "true" -> Verdict.accepted(BooleanNode.TRUE);
            case "false" -> Verdict.accepted(BooleanNode.FALSE);
            default -> Verdict.refused("must be true or false, was \"" + text + "\"");
        };
    }

    private Verdict<JsonNode, String> string(String text) {
        if (schema.getMaxLength() != null && text.codePointCount(0, text.length()) > schema.getMaxLength()) {
            return Verdict.refused("is too long (maximum is " + schema.getMaxLength() + " characters)");
        }
        if (schema.getMinLength() != null && text.codePointCount(0, text.length()) < schema.getMinLength()) {
            return Verdict.refused("is too short (minimum is " + schema.getMinLength() + " characters)");
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            return Verdict.refused("\"" + text + "\" does not match " + schema.getPattern());
        }
        List<?> allowed = schema.getEnum();
        if (allowed != null && !allowed.isEmpty() && allowed.stream().noneMatch(v -> text.equals(String.valueOf(v)))) {
            return Verdict.refused("must be one of " + allowed);
        }
        if ("email".equals(schema.getFormat()) && !EMAIL.matcher(text).matches()) {
            return Verdict.refused("\"" + text + "\" is not a valid email address");
        }
        return Verdict.accepted(TextNode.valueOf(text));
    }

    private Optional<String> bounds(BigDecimal value) {
        BigDecimal minimum = schema.getMinimum();
        if (minimum != null) {
            boolean exclusive = Boolean.TRUE.equals(schema.getExclusiveMinimum());
            int compared = value.compareTo(minimum);
            if (compared < 0 || (exclusive && compared == 0)) {
                return Optional.of("must be " + (exclusive ? "greater than " : "at least ") + minimum.toPlainString());
            }
        }
        BigDecimal maximum = schema.getMaximum();
        if (maximum != null) {
            boolean exclusive = Boolean.TRUE.equals(schema.getExclusiveMaximum());
            int compared = value.compareTo(maximum);
            if (compared > 0 || (exclusive && compared == 0)) {
                return Optional.of("must be " + (exclusive ? "less than " : "at most ") + maximum.toPlainString());
            }
        }
        return Optional.empty();
    }
}
