package io.github.roster.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a request against one spec with swagger-request-validator: path and query parameters, headers,
 * content type and the JSON body (types, lengths, enums, required and unknown properties, item counts).
 * The validator does not look inside multipart bodies; {@link FormSchemaCheck} does that.
 */
final class SpecRequestValidator {

    private final OpenApiInteractionValidator validator;

    SpecRequestValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The validator's error messages for the request; empty when it conforms. */
    List<ValidationReport.Message> errors(SandboxRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
        request.headers().forEach(builder::withHeader);
        request.queryParameters().forEach(builder::withQueryParam);
        if (request.body().length > 0) {
            builder.withBody(request.body());
        }
        return validator.validateRequest(builder.build()).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .collect(Collectors.toList());
    }
}
