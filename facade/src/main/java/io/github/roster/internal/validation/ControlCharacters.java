package io.github.roster.internal.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.roster.error.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The facade rule for every text property of a generated request model, at any depth: no control
 * characters (CR, LF, NUL, and the rest of C0 and DEL). A CR or LF in a name ends up in a header, a log line or a
 * CSV export downstream; the spec cannot say so for every field, so this rule says it once for all of them.
 */
final class ControlCharacters {

    private static final String GENERATED_MODELS = "io.github.roster.client.";

    private ControlCharacters() {
    }

    /**
     * Adds a violation for each text property holding a control character.
     *
     * @param model a generated model (anything else is ignored)
     * @param prefix the model's wire path, may be empty
     * @param out where violations are added
     */
    static void check(Object model, String prefix, List<Violation> out) {
        if (model == null || !model.getClass().getName().startsWith(GENERATED_MODELS) || model.getClass().isEnum()) {
            return;
        }
        for (Method getter : model.getClass().getMethods()) {
            JsonProperty name = getter.getAnnotation(JsonProperty.class);
            if (name == null || getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(model);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String path = prefix.isEmpty() ? name.value() : prefix + "." + name.value();
            value(value, path, out);
        }
    }

    private static void value(Object value, String path, List<Violation> out) {
        if (value instanceof JsonNullable<?> nullable) {
            if (nullable.isPresent()) {
                value(nullable.get(), path, out);
            }
        } else if (value instanceof String text) {
            int at = firstControl(text);
            if (at >= 0) {
                out.add(new Violation(path, "no-control-characters", "must not contain control characters (found "
                        + String.format("U+%04X", (int) text.charAt(at)) + " at position " + at + ")", null));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> value(v, path + "." + k, out));
        } else {
            check(value, path, out);
        }
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }
}
