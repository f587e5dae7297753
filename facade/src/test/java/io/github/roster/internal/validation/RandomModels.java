package io.github.roster.internal.validation;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Seeded random instances of the generated models, for the differential tests of the validation fast paths: about
 * three setters in four called, values null, absent ({@link JsonNullable#undefined()}), near the specs' numeric
 * limits, enum constants, lists, maps and nested models up to three deep; text from the test's own choice.
 */
final class RandomModels {

    private final Random random;
    private final Function<Random, String> texts;

    /**
     * @param random the seeded source (say its seed in the failure message)
     * @param texts the strings the test is about (limits and patterns, control characters, ...)
     */
    RandomModels(Random random, Function<Random, String> texts) {
        this.random = random;
        this.texts = texts;
    }

    /** A model of this generated class with random properties. */
    Object fill(Class<?> type) throws ReflectiveOperationException {
        return fill(type, 0);
    }

    private Object fill(Class<?> type, int depth) throws ReflectiveOperationException {
        Object model = type.getConstructor().newInstance();
        for (Method setter : type.getMethods()) {
            if (setter.getName().startsWith("set") && setter.getParameterCount() == 1
                    && !Modifier.isStatic(setter.getModifiers()) && random.nextInt(4) != 0) {
                setter.invoke(model, value(setter.getGenericParameterTypes()[0], depth));
            }
        }
        return model;
    }

    private Object value(Type type, int depth) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType p && p.getRawType() == JsonNullable.class) {
            // a JsonNullable field is never null itself: absent or a value (which may be null)
            Type arg = p.getActualTypeArguments()[0];
            return random.nextInt(3) == 0 ? JsonNullable.undefined() : JsonNullable.of(value(arg, depth));
        }
        if (random.nextInt(7) == 0) {
            return null;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(args[0], depth + 1));
                }
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> map = new TreeMap<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    map.put("k" + i, value(args[1], depth + 1));
                }
                return map;
            }
            return null;
        }
        if (type instanceof AnnotatedType a) {
            return value(a.getType(), depth);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == Object.class) {
            return texts.apply(random);
        }
        if (c == Long.class || c == long.class) {
            return (long) (random.nextInt(5) - 2) * (random.nextBoolean() ? 1 : 1_000_000_007L);
        }
        if (c == Integer.class || c == int.class) {
            return random.nextInt(7) - 3;
        }
        if (c == Boolean.class || c == boolean.class) {
            return random.nextBoolean();
        }
        if (c == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(200) - 100, 1);
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
                c.getConstructor();
            } catch (NoSuchMethodException e) {
                return null;
            }
            return fill(c, depth + 1);
        }
        return null;
    }
}
