package io.github.roster.sandbox;

import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiPathImpl;
import com.atlassian.oai.validator.model.NormalisedPathImpl;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a request against the one spec operation it was routed to, with swagger-request-validator: path and
 * query parameters, headers, content type and the JSON body (types, lengths, enums, required and unknown
 * properties, item counts). The validator does not look inside multipart bodies; {@link FormSchemaCheck} does.
 */
final class SpecRequestValidator {

    private final SpecCatalog specs;

    SpecRequestValidator(SpecCatalog specs) {
        this.specs = specs;
    }

    /** The validator's error messages for the request; empty when it conforms to the routed operation. */
    List<ValidationReport.Message> errors(SandboxRequest request, Route route) {
        SpecOperation operation = route.operation();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
        request.headers().forEach(builder::withHeader);
        request.queryParameters().forEach(builder::withQueryParam);
        if (request.body().length > 0) {
            builder.withBody(request.body());
        }
        ApiOperation apiOperation = new ApiOperation(new ApiPathImpl(operation.path().text(), null),
                new NormalisedPathImpl(request.path(), null), operation.method(), operation.operation());
        return specs.validator(operation.spec()).validateRequest(builder.build(), apiOperation).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .collect(Collectors.toList());
    }
}
