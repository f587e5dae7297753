package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * swagger-request-validator's schema validation with a shortcut: the value (a request body, or a parameter or
 * header read as the validator reads it) is parsed once, by the validator as before, and when its schema,
 * {@linkplain CompiledSchema compiled once}, vouches for it, the JSON-schema walk is skipped; otherwise the walk
 * runs on the same parsed value and reports as it always did. So nothing the walk refuses is accepted, and every
 * refusal is worded by the walk.
 */
final class CompiledSchemaValidator extends SchemaValidator {

    /** The key prefix swagger-request-validator's body validation passes. */
    static final String REQUEST_BODY = "request.body";
    /** The most schemas compiled: the specs' own are a few hundred; any beyond (none expected) take the walk. */
    private static final int MAX_COMPILED = 4096;

    private final Map<Schema<?>, CompiledSchema> compiled = Collections.synchronizedMap(new IdentityHashMap<>());

    CompiledSchemaValidator(OpenAPI document, MessageResolver messages) {
        super(document, messages);
    }

    @Override
    public ValidationReport validate(JsonNodeSupplier value, Schema schema, String keyPrefix) {
        if (schema == null || (compiled.size() >= MAX_COMPILED && !compiled.containsKey(schema))) {
            return super.validate(value, schema, keyPrefix);
        }
        JsonNode parsed;
        try {
            parsed = value.get();
        } catch (IOException | RuntimeException unreadable) {
            return super.validate(value, schema, keyPrefix);
        }
        if (parsed != null && compiled(schema).vouchesFor(parsed)) {
            return ValidationReport.empty();
        }
        return super.validate(() -> parsed, schema, keyPrefix);
    }

    private CompiledSchema compiled(Schema<?> schema) {
        return compiled.computeIfAbsent(schema, CompiledSchema::compile);
    }
}
