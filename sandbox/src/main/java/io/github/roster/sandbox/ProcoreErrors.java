package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Procore's error responses: {@code {"message": "..."}}, or {@code {"errors": {"field": ["message"]}}} for
 * field errors. The rate-limit headers every Procore response carries are added by the request pipeline.
 */
final class ProcoreErrors implements VendorErrors {

    static final String MISSING_COMPANY_HEADER = "Missing Procore-Company-Id header!";

    @Override
    public SandboxResponse invalidRequest(List<ValidationReport.Message> messages) {
        Map<String, List<String>> errors = ProcoreFieldErrors.group(messages);
        if (errors.keySet().equals(Set.of(ProcoreFieldErrors.BASE))) {
            return message(400, ValidationMessages.describeAll(messages));
        }
        return invalidForm(errors);
    }

    /** 400 with {@code {"errors": {"field": ["message", ...]}}}. */
    @Override
    public SandboxResponse invalidForm(Map<String, List<String>> errors) {
        return fieldErrors(400, errors);
    }

    /** 422 with {@code {"errors": {"field": ["message", ...]}}}: the values are well-formed but refused. */
    SandboxResponse unprocessable(Map<String, List<String>> errors) {
        return fieldErrors(422, errors);
    }

    private static SandboxResponse fieldErrors(int status, Map<String, List<String>> errors) {
        ObjectNode fields = Json.object();
        errors.forEach((field, texts) -> {
            ArrayNode list = fields.putArray(field);
            texts.forEach(list::add);
        });
        ObjectNode body = Json.object();
        body.set("errors", fields);
        return SandboxResponse.json(status, body);
    }

    /** 400 with {@code {"message": "..."}}. */
    @Override
    public SandboxResponse badRequest(String text) {
        return message(400, text);
    }

    /** 403 with {@code {"message": "..."}}. */
    SandboxResponse forbidden(String text) {
        return message(403, text);
    }

    @Override
    public SandboxResponse unauthorized(BearerAuth.Failure failure) {
        String text = failure == BearerAuth.Failure.MISSING
                ? "Access token is missing: send 'Authorization: Bearer <token>'."
                : "Access token is invalid or expired.";
        return message(401, text).withHeader("WWW-Authenticate", "Bearer");
    }

    @Override
    public SandboxResponse notFound(String text) {
        return message(404, text);
    }

    @Override
    public SandboxResponse conflict(String text) {
        return message(409, text);
    }

    @Override
    public SandboxResponse methodNotAllowed(String method, String allowed) {
        return message(405, method + " is not allowed here; use " + allowed + ".").withHeader("Allow", allowed);
    }

    @Override
    public SandboxResponse tooManyRequests(RateLimitDecision decision) {
        return message(429, "Rate limit exceeded: wait until X-Rate-Limit-Reset.")
                .withHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
    }

    @Override
    public SandboxResponse serviceUnavailable() {
        return message(503, "Service Unavailable").withHeader("Retry-After", "1");
    }

    @Override
    public SandboxResponse notImplemented(String text) {
        return message(501, text);
    }

    @Override
    public SandboxResponse internalError(String text) {
        return message(500, text);
    }

    private static SandboxResponse message(int status, String text) {
        ObjectNode body = Json.object();
        body.put("message", text);
        return SandboxResponse.json(status, body);
    }
}
