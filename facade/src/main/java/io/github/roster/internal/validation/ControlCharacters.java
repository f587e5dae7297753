package io.github.roster.internal.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.roster.error.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /**
     * The {@code @JsonProperty} getters of each generated model class that may return text where this rule looks
     * (a String, or a list, map, nullable or model that may hold one). A getter whose declared type rules that out
     * (a UUID, an enum, a number, a date, a list of those) is left out: the rule would read it and find nothing.
     */
    private static final ClassValue<Getter[]> GETTERS = new ClassValue<>() {
        @Override
        protected Getter[] computeValue(Class<?> type) {
            List<Getter> out = new ArrayList<>();
            for (Method getter : type.getMethods()) {
                JsonProperty name = getter.getAnnotation(JsonProperty.class);
                if (name != null && getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                        && getter.getName().startsWith("get") && mayHoldText(getter.getGenericReturnType())) {
                    try {
                        out.add(new Getter(name.value(), Getters.of(getter)));
                    } catch (IllegalAccessException notPublic) {
                        // generated getters are public; a getter that cannot be read holds nothing to check
                    }
                }
            }
            return out.toArray(new Getter[0]);
        }
    };

    /** Whether a class is a generated model (not an enum), whose text properties the rule checks. */
    private static final ClassValue<Boolean> IS_MODEL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return !type.isEnum() && type.getName().startsWith(GENERATED_MODELS);
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
        return value != null && IS_MODEL.get(value.getClass());
    }

    /**
     * Whether a value of this declared type can reach {@link #value} as something it acts on: false only for a
     * final class that is not text, a list, a map, a nullable or a model (and for primitives and enums), or a
     * list, map or nullable of such. Anything else (an interface, Object, a model, a type variable) may.
     */
    static boolean mayHoldText(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return false;
            }
            boolean inert = Modifier.isFinal(c.getModifiers()) && c != String.class
                    && !List.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c)
                    && !JsonNullable.class.isAssignableFrom(c) && !c.getName().startsWith(GENERATED_MODELS);
            return !inert;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if ((List.class.isAssignableFrom(raw) || JsonNullable.class.isAssignableFrom(raw)) && args.length == 1) {
                return mayHoldText(args[0]);
            }
            if (Map.class.isAssignableFrom(raw) && args.length == 2) {
                return mayHoldText(args[1]);
            }
        }
        return true;
    }

    private static void model(Object model, WirePath at, List<Violation> out) {
        if (!isModel(model)) {
            return;
        }
        for (Getter g : GETTERS.get(model.getClass())) {
            Object value;
            try {
                value = g.read.apply(model);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
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

    private record Getter(String name, Function<Object, Object> read) {
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
