package io.github.roster.sync.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node of a configuration document with its place in it: reads typed values and records every problem
 * as {@code line N: path: what is wrong}, so that all of them are reported together.
 */
final class ConfigNode {

    private final YamlDocument doc;
    private final JsonNode node;
    private final String pointer;
    private final List<String> problems;

    ConfigNode(YamlDocument doc, JsonNode node, String pointer, List<String> problems) {
        this.doc = doc;
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    /** Reports every key not in {@code allowed}, with the closest allowed key when one is near. */
    ConfigNode keys(String... allowed) {
        if (!node.isObject()) {
            return this;
        }
        Set<String> known = new TreeSet<>(Arrays.asList(allowed));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                String near = known.stream().filter(k -> distance(k, key) <= 2).findFirst()
                        .map(k -> "; did you mean " + k + "?").orElse("");
                problem(pointer + "/" + key, "unknown key (expected one of " + String.join(", ", known) + ")"
                        + near);
            }
        }
        return this;
    }

    /** This node must be a mapping (or absent); reports otherwise. */
    ConfigNode object() {
        if (!isMissing() && !node.isObject()) {
            problem(pointer, "expected a mapping of keys to values, was " + describe(node));
        }
        return this;
    }

    ConfigNode child(String key) {
        JsonNode child = node.isObject() ? node.path(key) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        return new ConfigNode(doc, child, pointer + "/" + key, problems);
    }

    List<ConfigNode> items() {
        List<ConfigNode> items = new ArrayList<>();
        if (isMissing()) {
            return items;
        }
        if (!node.isArray()) {
            problem(pointer, "expected a list, was " + describe(node));
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            items.add(new ConfigNode(doc, node.get(i), pointer + "/" + i, problems));
        }
        return items;
    }

    String text(String key, boolean required) {
        ConfigNode child = child(key);
        if (child.isMissing()) {
            if (required) {
                problem(pointer.isEmpty() ? "/" + key : pointer, key + " is required" + (pointer.isEmpty() ? ""
                        : " in " + YamlDocument.dotted(pointer)));
            }
            return null;
        }
        if (child.node.isContainerNode()) {
            child.problem(child.pointer, "expected a single value, was " + describe(child.node));
            return null;
        }
        String text = child.node.asText().strip();
        if (text.isEmpty()) {
            child.problem(child.pointer, "must not be empty");
            return null;
        }
        return text;
    }

    long integer(String key, long fallback, long min, long max) {
        ConfigNode child = child(key);
        if (child.isMissing()) {
            return fallback;
        }
        if (!child.node.isIntegralNumber() || child.node.asLong() < min || child.node.asLong() > max) {
            child.problem(child.pointer, "expected a whole number from " + min + (max == Long.MAX_VALUE ? " up"
                    : " to " + max) + ", was " + describe(child.node));
            return fallback;
        }
        return child.node.asLong();
    }

    double decimal(String key, double fallback, double min, double max) {
        ConfigNode child = child(key);
        if (child.isMissing()) {
            return fallback;
        }
        if (!child.node.isNumber() || child.node.asDouble() < min || child.node.asDouble() > max) {
            child.problem(child.pointer, "expected a number from " + min + " to " + max + ", was "
                    + describe(child.node));
            return fallback;
        }
        return child.node.asDouble();
    }

    List<String> texts(String key, List<String> fallback) {
        ConfigNode child = child(key);
        if (child.isMissing()) {
            return fallback;
        }
        List<String> values = new ArrayList<>();
        for (ConfigNode item : child.items()) {
            if (item.node.isContainerNode() || item.node.asText().isBlank()) {
                item.problem(item.pointer, "expected a non-empty value, was " + describe(item.node));
            } else {
                values.add(item.node.asText().strip());
            }
        }
        return values;
    }

    /** A mapping of simple values, in file order. */
    Map<String, String> textMap(String key) {
        ConfigNode child = child(key).object();
        Map<String, String> values = new LinkedHashMap<>();
        if (child.isMissing() || !child.node.isObject()) {
            return values;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = child.node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isContainerNode() || e.getValue().isNull() || e.getValue().asText().isBlank()) {
                problem(child.pointer + "/" + e.getKey(), "expected a non-empty value, was " + describe(e.getValue()));
            } else {
                values.put(e.getKey(), e.getValue().asText().strip());
            }
        }
        return values;
    }

    /** Records a problem at a pointer below the document root, naming its line and dotted path. */
    void problem(String at, String message) {
        int line = doc.line(at);
        String where = at.isEmpty() || at.equals("/") ? "" : YamlDocument.dotted(at) + ": ";
        problems.add((line > 0 ? "line " + line + ": " : "") + where + message);
    }

    String pointer() {
        return pointer;
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "'" + value.asText() + "'";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
