package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's one check of a routed request against its spec operation, so that no handler validates:
 * a body needs a Content-Type; parameters, headers, content type and JSON body go through
 * swagger-request-validator; a multipart/form-data body goes through the operation's {@link FormSchemaCheck}
 * (built once for every operation whose spec declares such a body) and its fields are handed on. The verdict
 * is the request to hand to the handler, or the vendor's answer refusing it.
 */
final class RequestValidation {

    private final SpecRequestValidator validator;
    private final Map<String, FormSchemaCheck> forms = new HashMap<>();

    RequestValidation(SpecCatalog specs) {
        this.validator = new SpecRequestValidator(specs);
        for (SpecOperation operation : specs.operations()) {
            FormSchemaCheck.forMultipartBody(specs.document(operation.spec()), operation)
                    .ifPresent(check -> forms.put(operation.operationId(), check));
        }
    }

    Verdict<SandboxRequest, SandboxResponse> validate(SandboxRequest request, Route route, VendorErrors errors) {
        SpecOperation operation = route.operation();
        if (request.body().length > 0 && request.contentType().isEmpty() && operation.declaresBody()) {
            return Verdict.refused(errors.invalidRequest(List.of(missingContentType(operation))));
        }
        List<ValidationReport.Message> invalid = validator.errors(request, route);
        if (!invalid.isEmpty()) {
            return Verdict.refused(errors.invalidRequest(invalid));
        }
        FormSchemaCheck form = forms.get(operation.operationId());
        if (form == null || !request.isMultipart()) {
            return Verdict.accepted(request);
        }
        try {
            Verdict<FormFields, Map<String, List<String>>> fields = form.check(MultipartForm.read(request));
            return fields.isRefused()
                    ? Verdict.refused(errors.invalidForm(fields.refusal()))
                    : Verdict.accepted(request.withForm(fields.value()));
        } catch (MultipartForm.MalformedFormException e) {
            return Verdict.refused(errors.badRequest(e.getMessage()));
        }
    }

    /** Said as the validator says a Content-Type it does not accept, so every vendor answers it alike. */
    private static ValidationReport.Message missingContentType(SpecOperation operation) {
        return ValidationReport.Message.create(ValidationMessages.CONTENT_TYPE_NOT_ALLOWED,
                "The request has a body but no Content-Type header; " + operation.describe() + " accepts "
                        + operation.operation().getRequestBody().getContent().keySet() + ".").build();
    }
}
