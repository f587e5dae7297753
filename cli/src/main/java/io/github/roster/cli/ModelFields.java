package io.github.roster.cli;

import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wire fields of a generated model, read from its {@code JSON_PROPERTY_*} constants and getters, so CLI
 * options follow the spec with no hand-written field list.
 */
final class ModelFields {

    /**
     * One field.
     *
     * @param wireName e.g. {@code job_title}
     * @param type the getter's type (String, Long, Boolean, ...)
     * @param required whether the spec requires it
     */
    record ModelField(String wireName, Class<?> type, boolean required) {

        /** The CLI option, e.g. {@code --job-title}. */
        String option() {
            return "--" + wireName.replace('_', '-');
        }
    }

    private ModelFields() {
    }

    static List<ModelField> of(Class<?> model) {
        List<ModelField> fields = new ArrayList<>();
        for (Field f : model.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !f.getName().startsWith("JSON_PROPERTY_")) {
                continue;
            }
            try {
                String wire = (String) f.get(null);
                Method getter = model.getMethod("get" + camel(f.getName().substring("JSON_PROPERTY_".length())));
                fields.add(new ModelField(wire, getter.getReturnType(), getter.isAnnotationPresent(NotNull.class)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("generated model " + model.getName() + " has no getter for " + f.getName(), e);
            }
        }
        return fields;
    }

    private static String camel(String upperSnake) {
        StringBuilder sb = new StringBuilder();
        for (String part : upperSnake.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
