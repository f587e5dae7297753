package io.github.roster.specs;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a request schema of a spec with the Bean Validation annotations on the model generated from it:
 * every {@code maxLength}, {@code minItems}/{@code maxItems}, {@code pattern} and {@code required} must appear on
 * the generated getter. Changing a constraint in the spec and rebuilding changes both sides, so this check
 * proves "change a spec, run the build: the client changes".
 */
public final class GeneratedConstraints {

    private GeneratedConstraints() {
    }

    /**
     * The differences between a schema and its generated model.
     *
     * @param schema the spec's schema (resolved)
     * @param model the generated class
     * @return one line per mismatch; empty when they agree
     */
    public static List<String> mismatches(Schema<?> schema, Class<?> model) {
        List<String> out = new ArrayList<>();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> e : schema.getProperties().entrySet()) {
            String wire = e.getKey();
            Schema<?> p = e.getValue();
            Method getter = getter(model, wire);
            if (getter == null) {
                out.add(wire + ": no generated getter in " + model.getSimpleName());
                continue;
            }
            Size size = getter.getAnnotation(Size.class);
            if (p.getMaxLength() != null && (size == null || size.max() != p.getMaxLength())) {
                out.add(wire + ": spec maxLength " + p.getMaxLength() + ", generated " + size);
            }
            if (p.getMaxItems() != null && (size == null || size.max() != p.getMaxItems())) {
                out.add(wire + ": spec maxItems " + p.getMaxItems() + ", generated " + size);
            }
            if (p.getMinItems() != null && (size == null || size.min() != p.getMinItems())) {
                out.add(wire + ": spec minItems " + p.getMinItems() + ", generated " + size);
            }
            Pattern pattern = getter.getAnnotation(Pattern.class);
            if (p.getPattern() != null && (pattern == null || !pattern.regexp().equals(p.getPattern()))) {
                out.add(wire + ": spec pattern " + p.getPattern() + ", generated " + pattern);
            }
            boolean notNull = getter.isAnnotationPresent(NotNull.class);
            if (required.contains(wire) != notNull) {
                out.add(wire + ": spec required " + required.contains(wire) + ", generated @NotNull " + notNull);
            }
        }
        return out;
    }

    private static Method getter(Class<?> model, String wire) {
        for (Field f : model.getFields()) {
            try {
                if (f.getName().startsWith("JSON_PROPERTY_") && wire.equals(f.get(null))) {
                    StringBuilder name = new StringBuilder("get");
                    for (String part : f.getName().substring("JSON_PROPERTY_".length()).toLowerCase(Locale.ROOT).split("_")) {
                        if (!part.isEmpty()) {
                            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                        }
                    }
                    return model.getMethod(name.toString());
                }
            } catch (ReflectiveOperationException ignored) {
                return null;
            }
        }
        return null;
    }
}
