package io.github.roster.internal.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.roster.error.Violation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The facade rule for every text property of a generated request model, at any depth: no control
 * characters (CR, LF, NUL, and the rest of C0 and DEL). A CR or LF in a name ends up in a header, a log line or a
 * CSV export downstream; the spec cannot say so for every field, so this rule says it once for all of them.
 *
 * <p>The wire-named getters of each model class are found once; a path is spelled out only for a violation.
 */
final class ControlCharacters {

    private static final String GENERATED_MODELS = "io.github.roster.client.";

    /** The {@code @JsonProperty} getters of each generated model class. */
    private static final ClassValue<Getter[]> GETTERS = new ClassValue<>() {
        @Override
        protected Getter[] computeValue(Class<?> type) {
            List<Getter> out = new ArrayList<>();
            for (Method getter : type.getMethods()) {
                JsonProperty name = getter.getAnnotation(JsonProperty.class);
                if (name != null && getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                        && getter.getName().startsWith("get")) {
                    try {
                        out.add(new Getter(name.value(), MethodHandles.publicLookup().unreflect(getter)
                                .asType(MethodType.methodType(Object.class, Object.class))));
                    } catch (IllegalAccessException notPublic) {
                        // generated getters are public; a getter that cannot be read holds nothing to check
                    }
                }
            }
            return out.toArray(new Getter[0]);
        }
    };

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
        model(model, prefix.isEmpty() ? null : new WirePath(null, prefix, -1), out);
    }

    private static boolean isModel(Object value) {
        return value != null && !value.getClass().isEnum() && value.getClass().getName().startsWith(GENERATED_MODELS);
    }

    private static void model(Object model, WirePath at, List<Violation> out) {
        if (!isModel(model)) {
            return;
        }
        for (Getter g : GETTERS.get(model.getClass())) {
            Object value;
            try {
                value = (Object) g.method.invokeExact(model);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                continue;
            }
            value(value, at, g.name, -1, out);
        }
    }

    /** Checks the value at {@code parent} + {@code .name} or {@code [index]} (index -1: a name). */
    private static void value(Object value, WirePath parent, String name, int index, List<Violation> out) {
        if (value instanceof String text) {
            int at = firstControl(text);
            if (at >= 0) {
                out.add(new Violation(new WirePath(parent, name, index).toString(), "no-control-characters",
                        "must not contain control characters (found " + String.format("U+%04X", (int) text.charAt(at))
                                + " at position " + at + ")", null));
            }
        } else if (value instanceof JsonNullable<?> nullable) {
            if (nullable.isPresent()) {
                value(nullable.get(), parent, name, index, out);
            }
        } else if (value instanceof List<?> list) {
            WirePath here = new WirePath(parent, name, index);
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), here, null, i, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            WirePath here = new WirePath(parent, name, index);
            map.forEach((k, v) -> value(v, here, String.valueOf(k), -1, out));
        } else if (isModel(value)) {
            model(value, new WirePath(parent, name, index), out);
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

    private record Getter(String name, MethodHandle method) {
    }

    /** A wire path spelled out only when needed: {@code users[3].products[0].key}. */
    private record WirePath(WirePath parent, String name, int index) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            append(sb);
            return sb.toString();
        }

        private void append(StringBuilder sb) {
            if (parent != null) {
                parent.append(sb);
            }
            if (index >= 0) {
                sb.append('[').append(index).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
    }
}
