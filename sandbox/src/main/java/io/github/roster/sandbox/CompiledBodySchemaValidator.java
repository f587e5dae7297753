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
 * swagger-request-validator's schema validation with a shortcut for request bodies: the body is parsed once (by
 * the validator, as before), and when the body's schema, {@linkplain CompiledBodySchema compiled once}, vouches
 * for it, the JSON-schema walk is skipped; otherwise the walk runs on the same parsed body and reports as it
 * always did. Parameters and headers always take the walk. So nothing the walk refuses is accepted, and every
 * refusal is worded by the walk.
 */
final class CompiledBodySchemaValidator extends SchemaValidator {

    /** The key prefix swagger-request-validator's body validation passes. */
    static final String REQUEST_BODY = "request.body";

    private final Map<Schema<?>, CompiledBodySchema> compiled = Collections.synchronizedMap(new IdentityHashMap<>());

    CompiledBodySchemaValidator(OpenAPI document, MessageResolver messages) {
        super(document, messages);
    }

    @Override
    public ValidationReport validate(JsonNodeSupplier value, Schema schema, String keyPrefix) {
        if (schema == null || !REQUEST_BODY.equals(keyPrefix)) {
            return super.validate(value, schema, keyPrefix);
        }
        JsonNode body;
        try {
            body = value.get();
        } catch (IOException | RuntimeException unreadable) {
            return super.validate(value, schema, keyPrefix);
        }
        if (body != null && compiled(schema).vouchesFor(body)) {
            return ValidationReport.empty();
        }
        return super.validate(() -> body, schema, keyPrefix);
    }

    /** Whether the compiled schema vouches for the body (for tests comparing it with the walk). */
    boolean vouchesFor(Schema<?> schema, JsonNode body) {
        return compiled(schema).vouchesFor(body);
    }

    private CompiledBodySchema compiled(Schema<?> schema) {
        return compiled.computeIfAbsent(schema, CompiledBodySchema::compile);
    }
}
