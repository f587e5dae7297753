package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the parts of a multipart/form-data body against the object schema the spec gives for it
 * (swagger-request-validator does not look inside multipart bodies): every required part present, no
 * unknown part when {@code additionalProperties} is false, no part sent twice, and each part following
 * its property's {@link FormFieldRule}. The field list is read from the spec, never typed by hand.
 */
final class FormSchemaCheck {

    private static final Pattern WRAPPED_FIELD = Pattern.compile("^[^\\[\\]]+\\[(.+)]$");

    private final Map<String, FormFieldRule> rules = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final boolean unknownPartsAllowed;

    private FormSchemaCheck(OpenAPI document, Schema<?> form) {
        form.getProperties().forEach((name, property) -> rules.put(name, new FormFieldRule(resolve(document, property))));
        if (form.getRequired() != null) {
            required.addAll(form.getRequired());
        }
        this.unknownPartsAllowed = !Boolean.FALSE.equals(form.getAdditionalProperties());
    }

    /**
     * The check for an operation's multipart/form-data body, if the spec declares one.
     *
     * @param document the parsed spec the operation belongs to
     * @param operation the operation
     * @return the check, or empty when the operation takes no multipart body
     */
    static Optional<FormSchemaCheck> forMultipartBody(OpenAPI document, SpecOperation operation) {
        Optional<MediaType> content = operation.body(SpecOperation.MULTIPART_FORM);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        if (content.get().getSchema() == null) {
            throw new IllegalStateException("the spec gives no schema for the form of " + operation.describe());
        }
        return Optional.of(new FormSchemaCheck(document, resolve(document, content.get().getSchema())));
    }

    /** The field a part stands for: {@code user[last_name]} is {@code last_name}; other names stay as they are. */
    static String fieldOfPart(String partName) {
        Matcher matcher = WRAPPED_FIELD.matcher(partName);
        return matcher.matches() ? matcher.group(1) : partName;
    }

    /** The form's fields, or its errors by field name. */
    Verdict<FormFields, Map<String, List<String>>> check(List<FormPart> parts) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ObjectNode values = Json.object();
        Map<String, FormPart> files = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (FormPart part : parts) {
            String field = fieldOfPart(part.name());
            FormFieldRule rule = rules.get(part.name());
            if (!seen.add(part.name())) {
                add(errors, field, "was sent more than once");
            } else if (rule == null) {
                if (!unknownPartsAllowed) {
                    add(errors, field, "is not a known field (part '" + part.name() + "')");
                }
            } else {
                Verdict<JsonNode, String> outcome = rule.check(part);
                if (outcome.isRefused()) {
                    add(errors, field, outcome.refusal());
                } else if (rule.isFile()) {
                    files.put(field, part);
                } else {
                    values.set(field, outcome.value());
                }
            }
        }
        for (String name : required) {
            if (!seen.contains(name)) {
                add(errors, fieldOfPart(name), "is required (part '" + name + "')");
            }
        }
        return errors.isEmpty() ? Verdict.accepted(new FormFields(values, files)) : Verdict.refused(errors);
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
