package io.github.roster.sync.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.roster.sync.SyncInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a JSON tree that remembers the line of every key and list item, so that a
 * configuration error can say where it is. Jackson's own tree forgets locations; this reads the token stream.
 */
final class YamlDocument {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlDocument(byte[] bytes, String source) {
        List<String> problems = new ArrayList<>();
        JsonNode read;
        try (JsonParser parser = YAML.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            read = first == null ? NODES.objectNode() : read(parser, "", problems);
        } catch (JsonProcessingException e) {
            throw new SyncInputException(source, List.of("line " + e.getLocation().getLineNr() + ": not YAML: "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new SyncInputException(source, problems);
        }
        this.root = read;
    }

    /** Parses a document; a YAML syntax error or a key given twice is a {@link SyncInputException}. */
    static YamlDocument parse(byte[] bytes, String source) {
        return new YamlDocument(bytes, source);
    }

    JsonNode root() {
        return root;
    }

    /** The line of a key or list item by its JSON pointer ({@code /safety/max_deactivations}), or 0. */
    int line(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }

    private JsonNode read(JsonParser p, String path, List<String> problems) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path + "/" + name;
                    int line = p.currentTokenLocation().getLineNr();
                    if (object.has(name)) {
                        problems.add("line " + line + ": " + dotted(child) + ": given twice (first on line "
                                + line(child) + ")");
                    } else {
                        lines.put(child, line);
                    }
                    p.nextToken();
                    object.set(name, read(p, child, problems));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String child = path + "/" + i++;
                    lines.put(child, p.currentTokenLocation().getLineNr());
                    array.add(read(p, child, problems));
                }
                return array;
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.textNode(p.getText());
            }
        }
    }

    /** {@code /acc/projects/0/id} as people read it: {@code acc.projects[0].id}. */
    static String dotted(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part);
            }
        }
        return out.toString();
    }
}
