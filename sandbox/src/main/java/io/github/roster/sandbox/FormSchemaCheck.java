package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Checks the parts of a multipart/form-data body against the object schema the spec gives for it
 * (swagger-request-validator does not look inside multipart bodies): every required part present, no
 * unknown part when {@code additionalProperties} is false, no part sent twice, and each part following
 * its property's {@link FormFieldRule}. The field list is read from the spec, never typed by hand.
 */
final class FormSchemaCheck {

    /**
     * The outcome for a whole form.
     *
     * @param errors messages by field name; empty when the form conforms
     * @param values the text fields converted to their schema types, by field name
     * @param files the file parts, by field name
     */
    record Result(Map<String, List<String>> errors, ObjectNode values, Map<String, FormPart> files) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Map<String, FormFieldRule> rules = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final boolean unknownPartsAllowed;
    private final UnaryOperator<String> fieldName;

    private FormSchemaCheck(OpenAPI document, Schema<?> form, UnaryOperator<String> fieldName) {
        form.getProperties().forEach((name, property) -> rules.put(name, new FormFieldRule(resolve(document, property))));
        if (form.getRequired() != null) {
            required.addAll(form.getRequired());
        }
        this.unknownPartsAllowed = !Boolean.FALSE.equals(form.getAdditionalProperties());
        this.fieldName = fieldName;
    }

    /**
     * The check for the request body of one operation.
     *
     * @param document the parsed spec
     * @param path the path template, e.g. {@code /rest/v1.3/companies/{company_id}/users/{id}}
     * @param method the operation's method
     * @param mediaType the body's media type, e.g. {@code multipart/form-data}
     * @param fieldName maps a part name to the field name used in results and errors
     */
    static FormSchemaCheck forOperation(OpenAPI document, String path, PathItem.HttpMethod method,
            String mediaType, UnaryOperator<String> fieldName) {
        PathItem item = document.getPaths().get(path);
        Operation operation = item == null ? null : item.readOperationsMap().get(method);
        MediaType content = operation == null || operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent().get(mediaType);
        if (content == null || content.getSchema() == null) {
            throw new IllegalStateException("the spec has no " + mediaType + " body for " + method + " " + path);
        }
        return new FormSchemaCheck(document, resolve(document, content.getSchema()), fieldName);
    }

    Result check(List<FormPart> parts) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ObjectNode values = Json.object();
        Map<String, FormPart> files = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (FormPart part : parts) {
            String field = fieldName.apply(part.name());
            FormFieldRule rule = rules.get(part.name());
            if (!seen.add(part.name())) {
                add(errors, field, "was sent more than once");
            } else if (rule == null) {
                if (!unknownPartsAllowed) {
                    add(errors, field, "is not a known field (part '" + part.name() + "')");
                }
            } else {
                FormFieldRule.Outcome outcome = rule.check(part);
                if (outcome.rejected()) {
                    add(errors, field, outcome.error());
                } else if (rule.isFile()) {
                    files.put(field, part);
                } else {
                    values.set(field, outcome.value());
                }
            }
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                add(errors, fieldName.apply(name), "is required (part '" + name + "')");
            }
        }
        return new Result(errors, values, files);
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> resolve(OpenAPI document, Schema<?> schema) {
        Schema<?> current = schema;
        for (int depth = 0; current.get$ref() != null && depth < 16; depth++) {
            String ref = current.get$ref();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Schema found = document.getComponents().getSchemas().get(name);
            if (found == null) {
                throw new IllegalStateException("unresolved schema reference " + ref);
            }
            current = found;
        }
        return current;
    }
}
