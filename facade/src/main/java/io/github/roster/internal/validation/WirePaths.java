package io.github.roster.internal.validation;

import jakarta.validation.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names a Bean Validation property path the way the vendor's wire does: {@code user.job_title} rather than
 * {@code jobTitle}. Generated models declare each property's wire name as a {@code JSON_PROPERTY_*}
 * constant; this reads those, so no wire name is written by hand.
 */
final class WirePaths {

    private static final Map<Class<?>, Map<String, String>> NAMES = new ConcurrentHashMap<>();

    private WirePaths() {
    }

    static String of(Object root, Path path) {
        StringBuilder sb = new StringBuilder();
        Object current = root;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                    current = current instanceof List<?> list && node.getIndex() < list.size()
                            ? list.get(node.getIndex()) : null;
                } else if (node.getKey() != null) {
                    sb.append('[').append(node.getKey()).append(']');
                    current = current instanceof Map<?, ?> map ? map.get(node.getKey()) : null;
                }
            }
            if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT
                    || node.getKind() == jakarta.validation.ElementKind.BEAN) {
                continue;
            }
            String name = current == null ? node.getName() : wireName(current.getClass(), node.getName());
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
            current = current == null ? null : read(current, node.getName());
        }
        return sb.toString();
    }

    private static String wireName(Class<?> type, String property) {
        return NAMES.computeIfAbsent(type, WirePaths::constants)
                .getOrDefault(property, property);
    }

    private static Map<String, String> constants(Class<?> type) {
        Map<String, String> byProperty = new ConcurrentHashMap<>();
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && f.getName().startsWith("JSON_PROPERTY_")) {
                try {
                    String constant = f.getName().substring("JSON_PROPERTY_".length());
                    byProperty.put(camel(constant), (String) f.get(null));
                } catch (IllegalAccessException ignored) {
                    // public static fields are readable
                }
            }
        }
        return byProperty;
    }

    private static String camel(String upperSnake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : upperSnake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static Object read(Object bean, String property) {
        String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        try {
            Method m = bean.getClass().getMethod(getter);
            return m.invoke(bean);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
