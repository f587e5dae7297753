package io.github.roster.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.error.Violation;
import java.util.List;

/**
 * Text typed by a user (an option value, a CSV cell) turned into a generated model's field by the field's type:
 * whole numbers, {@code true|false}, or text. A value that does not fit is a violation naming the field.
 */
final class FieldText {

    private FieldText() {
    }

    /**
     * Puts one value into a JSON body.
     *
     * @param body the body being built
     * @param field the model field
     * @param raw the text, not empty
     * @param path the field as the violation names it, e.g. {@code user.vendor_id}
     * @param violations where a violation is added when the text does not fit the type
     */
    static void put(ObjectNode body, ModelFields.ModelField field, String raw, String path, List<Violation> violations) {
        if (field.type() == Long.class || field.type() == Integer.class) {
            try {
                body.put(field.wireName(), Long.parseLong(raw.trim()));
            } catch (NumberFormatException e) {
                violations.add(new Violation(path, "integer", "must be a whole number", raw));
            }
        } else if (field.type() == Boolean.class) {
            if (raw.trim().equalsIgnoreCase("true") || raw.trim().equalsIgnoreCase("false")) {
                body.put(field.wireName(), Boolean.parseBoolean(raw.trim()));
            } else {
                violations.add(new Violation(path, "boolean", "must be true or false", raw));
            }
        } else {
            body.put(field.wireName(), raw);
        }
    }

    /**
     * The model a body describes.
     *
     * @param body the body
     * @param type the generated model
     * @param <T> the model type
     * @return the model
     */
    static <T> T toModel(ObjectNode body, Class<T> type) {
        try {
            return Printer.mapper().treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName() + " from the input", e);
        }
    }
}
