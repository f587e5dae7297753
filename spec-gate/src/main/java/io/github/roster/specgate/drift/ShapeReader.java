package io.github.roster.specgate.drift;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an OpenAPI document (swagger-parser, references resolved fully) into one {@link OperationShape} per
 * operation, keyed {@code <METHOD> <path>} with every path variable written {@code {}}: the vendor's
 * {@code {accountId}} and Roster's {@code {account_id}} name the same thing.
 */
final class ShapeReader {

    private static final int MAX_DEPTH = 8;

    private ShapeReader() {
    }

    /** The operations of the document at {@code file}; an unreadable document is an error naming the file. */
    static Map<String, OperationShape> read(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toUri().toString(), null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("Cannot read OpenAPI document " + file + ": " + result.getMessages());
        }
        Map<String, OperationShape> operations = new TreeMap<>();
        if (api.getPaths() == null) {
            return operations;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            operations.put(method.name() + " " + normalise(path), shape(operation, parameters));
        }));
        return operations;
    }

    /** The path with every {@code {variable}} written {@code {}}. */
    static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    private static OperationShape shape(Operation operation, List<Parameter> parameters) {
        Map<String, FieldShape> fields = new HashMap<>();
        for (Parameter parameter : parameters) {
            if ("header".equals(parameter.getIn()) || "query".equals(parameter.getIn())) {
                String name = "header".equals(parameter.getIn())
                        ? parameter.getName().toLowerCase(Locale.ROOT) : parameter.getName();
                fields.put(parameter.getIn() + "." + name,
                        field(parameter.getSchema(), Boolean.TRUE.equals(parameter.getRequired())));
            }
        }
        if (operation.getRequestBody() != null) {
            Schema<?> body = jsonSchema(operation.getRequestBody().getContent());
            if (body != null) {
                flatten("request", body, Boolean.TRUE.equals(operation.getRequestBody().getRequired()), fields, 0);
            }
        }
        Set<String> statuses = new HashSet<>();
        if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
                statuses.add(response.getKey());
                Schema<?> body = response.getKey().startsWith("2") ? jsonSchema(response.getValue().getContent()) : null;
                if (body != null) {
                    flatten("response", body, true, fields, 0);
                }
            }
        }
        return OperationShape.of(statuses, fields);
    }

    private static Schema<?> jsonSchema(Content content) {
        if (content == null) {
            return null;
        }
        return content.entrySet().stream().filter(e -> e.getKey().contains("json")).map(Map.Entry::getValue)
                .map(MediaType::getSchema).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static void flatten(String name, Schema<?> schema, boolean required, Map<String, FieldShape> fields,
            int depth) {
        Schema<?> merged = merge(schema);
        fields.merge(name, field(merged, required), (a, b) -> a);
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (merged.getItems() != null) {
            flatten(name + "[]", merged.getItems(), false, fields, depth + 1);
        }
        if (merged.getProperties() != null) {
            List<String> requiredNames = merged.getRequired() == null ? List.of() : merged.getRequired();
            merged.getProperties().forEach((property, propertySchema) -> flatten(name + "." + property,
                    propertySchema, requiredNames.contains(property), fields, depth + 1));
        }
    }

    /** A schema with its {@code allOf}/{@code oneOf}/{@code anyOf} parts' properties folded in. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> merge(Schema<?> schema) {
        List<Schema> parts = new ArrayList<>();
        for (List<Schema> list : List.of(nonNull(schema.getAllOf()), nonNull(schema.getOneOf()),
                nonNull(schema.getAnyOf()))) {
            parts.addAll(list);
        }
        if (parts.isEmpty()) {
            return schema;
        }
        Schema merged = new Schema();
        merged.setType(schema.getType());
        merged.setProperties(new TreeMap<>(schema.getProperties() == null ? Map.of() : schema.getProperties()));
        merged.setRequired(new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired()));
        merged.setItems(schema.getItems());
        for (Schema part : parts) {
            Schema<?> resolved = merge(part);
            if (merged.getType() == null) {
                merged.setType(resolved.getType());
            }
            if (resolved.getProperties() != null) {
                resolved.getProperties().forEach((k, v) -> merged.getProperties().putIfAbsent(k, v));
            }
            if (resolved.getRequired() != null && schema.getAllOf() != null && schema.getAllOf().contains(part)) {
                merged.getRequired().addAll(resolved.getRequired());
            }
            if (merged.getItems() == null && resolved.getItems() != null) {
                merged.setItems(resolved.getItems());
            }
        }
        return merged;
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static FieldShape field(Schema<?> schema, boolean required) {
        if (schema == null) {
            return new FieldShape(null, List.of(), required, null);
        }
        Schema<?> merged = merge(schema);
        List<String> values = merged.getEnum() == null ? List.of()
                : merged.getEnum().stream().map(String::valueOf).toList();
        return new FieldShape(merged.getType(), values, required, merged.getMaxLength());
    }
}
