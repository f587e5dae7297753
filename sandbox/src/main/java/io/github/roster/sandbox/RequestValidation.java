package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's one check of a routed request against its spec operation, so that no handler validates:
 * a body needs a Content-Type; parameters, headers, content type and JSON body go through
 * swagger-request-validator; a multipart/form-data body goes through the operation's {@link FormSchemaCheck}
 * (built once for every operation whose spec declares such a body) and its fields are handed on.
 */
final class RequestValidation {

    /**
     * The outcome: either the request to hand to the handler, or the vendor's rejection.
     *
     * @param request the request, with its checked form fields when multipart; {@code null} when rejected
     * @param rejection the answer when the request does not conform; {@code null} when accepted
     */
    record Outcome(SandboxRequest request, SandboxResponse rejection) {

        static Outcome accepted(SandboxRequest request) {
            return new Outcome(request, null);
        }

        static Outcome rejected(SandboxResponse rejection) {
            return new Outcome(null, rejection);
        }

        boolean isRejected() {
            return rejection != null;
        }
    }

    private final SpecRequestValidator validator;
    private final Map<String, FormSchemaCheck> forms = new HashMap<>();

    RequestValidation(SpecCatalog specs) {
        this.validator = new SpecRequestValidator(specs);
        for (SpecOperation operation : specs.operations()) {
            FormSchemaCheck.forMultipartBody(specs.document(operation.spec()), operation)
                    .ifPresent(check -> forms.put(operation.operationId(), check));
        }
    }

    Outcome validate(SandboxRequest request, Route route, VendorErrors errors) {
        SpecOperation operation = route.operation();
        if (request.body().length > 0 && request.contentType().isEmpty() && operation.declaresBody()) {
            return Outcome.rejected(errors.invalidRequest(List.of(missingContentType(operation))));
        }
        List<ValidationReport.Message> invalid = validator.errors(request, route);
        if (!invalid.isEmpty()) {
            return Outcome.rejected(errors.invalidRequest(invalid));
        }
        FormSchemaCheck form = forms.get(operation.operationId());
        if (form == null || !request.isMultipart()) {
            return Outcome.accepted(request);
        }
        try {
            FormSchemaCheck.Result result = form.check(MultipartForm.read(request));
            return result.valid()
                    ? Outcome.accepted(request.withForm(result.fields()))
                    : Outcome.rejected(errors.invalidForm(result.errors()));
        } catch (MultipartForm.MalformedFormException e) {
            return Outcome.rejected(errors.badRequest(e.getMessage()));
        }
    }

    /** Said as the validator says a Content-Type it does not accept, so every vendor answers it alike. */
    private static ValidationReport.Message missingContentType(SpecOperation operation) {
        return ValidationReport.Message.create(ValidationMessages.CONTENT_TYPE_NOT_ALLOWED,
                "The request has a body but no Content-Type header; " + operation.describe() + " accepts "
                        + operation.operation().getRequestBody().getContent().keySet() + ".").build();
    }
}
