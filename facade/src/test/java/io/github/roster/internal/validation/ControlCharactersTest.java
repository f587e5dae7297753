package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The control-character rule reads only the getters whose declared type can hold text: on every generated model
 * class of both clients, filled from a seeded random source with texts with and without control characters (in
 * lists, maps, nullables and nested models), it reports exactly what a walk over every {@code @JsonProperty}
 * getter reports.
 */
class ControlCharactersTest {

    private static final String[] TEXTS = {"plain", "tab\there", "line\nbreak", "nul\u0000", "del\u007f", "",
        "caf\u00e9", "cr\r"};

    @Test
    void readsOnlyWhatCanHoldTextAndFindsEveryControlCharacter() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Class<?>> models = new ArrayList<>(CompiledConstraintsTest.modelClasses(ProjectUserImport.class));
        models.addAll(CompiledConstraintsTest.modelClasses(CompanyUserUpdate.class));
        assertThat(models).as("generated model classes found").hasSizeGreaterThan(20);
        int found = 0;
        for (int round = 0; round < 200; round++) {
            for (Class<?> type : models) {
                Object model = fill(type, random, 0);
                List<Violation> fast = new ArrayList<>();
                ControlCharacters.check(model, "users[1]", fast);
                List<String> expected = new ArrayList<>();
                everyGetter(model, "users[1]", expected);
                assertThat(fast.stream().map(v -> v.path() + " " + v.message()).sorted().toList())
                        .as("seed %d: %s %s", seed, type.getSimpleName(), model)
                        .isEqualTo(expected.stream().sorted().toList());
                found += fast.size();
            }
        }
        assertThat(found).as("seed %d: control characters generated and found", seed).isGreaterThan(100);
    }

    @Test
    void typesThatCannotHoldTextAreThoseWithoutStringsListsMapsOrModels() throws Exception {
        assertThat(ControlCharacters.mayHoldText(String.class)).isTrue();
        assertThat(ControlCharacters.mayHoldText(Object.class)).isTrue();
        assertThat(ControlCharacters.mayHoldText(CompanyUserUpdate.class)).isTrue();
        assertThat(ControlCharacters.mayHoldText(UUID.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(Long.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(long.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(OffsetDateTime.class)).isFalse();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("uuids").getGenericReturnType())).isFalse();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("texts").getGenericReturnType())).isTrue();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("byName").getGenericReturnType())).isTrue();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("counts").getGenericReturnType())).isFalse();
        assertThat(ControlCharacters.mayHoldText(Holder.class.getMethod("maybe").getGenericReturnType())).isTrue();
    }

    /** Declared types for the test above. */
    interface Holder {
        List<UUID> uuids();

        List<String> texts();

        Map<String, Object> byName();

        Map<String, Integer> counts();

        JsonNullable<String> maybe();
    }

    /** The rule's specification: every {@code @JsonProperty} getter of a model, at any depth. */
    private static void everyGetter(Object model, String path, List<String> out) throws Exception {
        List<Method> getters = new ArrayList<>();
        for (Method m : model.getClass().getMethods()) {
            if (m.getAnnotation(JsonProperty.class) != null && m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("get")) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        for (Method m : getters) {
            value(m.invoke(model), path + "." + m.getAnnotation(JsonProperty.class).value(), out);
        }
    }

    private static void value(Object value, String path, List<String> out) throws Exception {
        if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == 0x7F) {
                    out.add(path + " must not contain control characters (found " + String.format("U+%04X", (int) c)
                            + " at position " + i + ")");
                    return;
                }
            }
        } else if (value instanceof JsonNullable<?> nullable) {
            if (nullable.isPresent()) {
                value(nullable.get(), path, out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                value(list.get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                value(e.getValue(), path + "." + e.getKey(), out);
            }
        } else if (value != null && !value.getClass().isEnum()
                && value.getClass().getName().startsWith("io.github.roster.client.")) {
            everyGetter(value, path, out);
        }
    }

    private static Object fill(Class<?> type, Random random, int depth) throws ReflectiveOperationException {
        Object model = type.getConstructor().newInstance();
        for (Method setter : type.getMethods()) {
            if (setter.getName().startsWith("set") && setter.getParameterCount() == 1
                    && !Modifier.isStatic(setter.getModifiers()) && random.nextInt(3) != 0) {
                setter.invoke(model, value(setter.getGenericParameterTypes()[0], random, depth));
            }
        }
        return model;
    }

    private static Object value(Type type, Random random, int depth) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == JsonNullable.class) {
                return random.nextInt(3) == 0 ? JsonNullable.undefined() : JsonNullable.of(value(args[0], random, depth));
            }
            if (random.nextInt(6) == 0) {
                return null;
            }
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(args[0], random, depth + 1));
                }
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> map = new java.util.TreeMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.put("k" + i, value(args[1], random, depth + 1));
                }
                return map;
            }
            return null;
        }
        if (random.nextInt(6) == 0) {
            return null;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == Object.class) {
            return TEXTS[random.nextInt(TEXTS.length)];
        }
        if (c == Long.class || c == long.class) {
            return random.nextLong();
        }
        if (c == Integer.class || c == int.class) {
            return random.nextInt();
        }
        if (c == Boolean.class || c == boolean.class) {
            return random.nextBoolean();
        }
        if (c == UUID.class) {
            return new UUID(random.nextLong(), random.nextLong());
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        }
        if (c.isEnum()) {
            Object[] values = c.getEnumConstants();
            return values[random.nextInt(values.length)];
        }
        if (c.getName().startsWith("io.github.roster.client.") && depth < 3) {
            try {
                return fill(c, random, depth + 1);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        return null;
    }
}
