package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.IntFunction;

/**
 * Autodesk's error responses: {@code {"code": ..., "message": "..."}}, and for authentication
 * {@code {"developerMessage", "userMessage", "errorCode", "more info"}}.
 *
 * <p>{@code hq/v1} uses numeric codes (1004 is documented for "this account doesn't exist."; the sandbox
 * uses the HTTP status as the code otherwise); {@code construction/admin/v2} publishes no error schema, so
 * the sandbox answers string codes such as {@code ERR_BAD_INPUT}.
 */
final class AutodeskErrors implements VendorErrors {

    static final int HQ_NOT_FOUND_CODE = 1004;
    private static final String MORE_INFO = "https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/error_handling/";

    private final IntFunction<JsonNode> codeForStatus;
    private final int unsupportedMediaTypeStatus;

    private AutodeskErrors(IntFunction<JsonNode> codeForStatus, int unsupportedMediaTypeStatus) {
        this.codeForStatus = codeForStatus;
        this.unsupportedMediaTypeStatus = unsupportedMediaTypeStatus;
    }

    /** BIM 360 {@code hq/v1}: numeric codes; a wrong content type is a plain 400 (the spec lists no 415). */
    static AutodeskErrors hq() {
        return new AutodeskErrors(status -> IntNode.valueOf(status == 404 ? HQ_NOT_FOUND_CODE : status), 400);
    }

    /** ACC {@code construction/admin/v2}: string codes; a wrong content type is the documented 415. */
    static AutodeskErrors acc() {
        return new AutodeskErrors(status -> TextNode.valueOf(switch (status) {
            case 400 -> "ERR_BAD_INPUT";
            case 404 -> "ERR_NOT_FOUND";
            case 405 -> "ERR_METHOD_NOT_ALLOWED";
            case 409 -> "ERR_CONFLICT";
            case 415 -> "ERR_UNSUPPORTED_MEDIA_TYPE";
            case 501 -> "ERR_NOT_IMPLEMENTED";
            case 429 -> "ERR_TOO_MANY_REQUESTS";
            case 503 -> "ERR_SERVICE_UNAVAILABLE";
            default -> "ERR_INTERNAL";
        }), 415);
    }

    @Override
    public SandboxResponse invalidRequest(List<ValidationReport.Message> messages) {
        int status = ValidationMessages.isUnsupportedContentType(messages) ? unsupportedMediaTypeStatus : 400;
        return error(status, ValidationMessages.describeAll(messages));
    }

    @Override
    public SandboxResponse invalidForm(Map<String, List<String>> errors) {
        return error(400, errors.entrySet().stream()
                .map(field -> field.getKey() + ": " + String.join(", ", field.getValue()))
                .collect(Collectors.joining("; ")));
    }

    @Override
    public SandboxResponse badRequest(String message) {
        return error(400, message);
    }

    @Override
    public SandboxResponse unauthorized(BearerAuth.Failure failure) {
        ObjectNode body = Json.object();
        if (failure == BearerAuth.Failure.MISSING) {
            body.put("developerMessage", "The Authorization header is missing or is not 'Bearer <token>'.");
            body.put("errorCode", "AUTH-001");
        } else {
            body.put("developerMessage", "The token is not valid.");
            body.put("errorCode", "AUTH-006");
        }
        body.put("userMessage", "");
        body.put("more info", MORE_INFO);
        return SandboxResponse.json(401, body).withHeader("WWW-Authenticate", "Bearer");
    }

    @Override
    public SandboxResponse notFound(String message) {
        return error(404, message);
    }

    @Override
    public SandboxResponse conflict(String message) {
        return error(409, message);
    }

    @Override
    public SandboxResponse methodNotAllowed(String method, String allowed) {
        return error(405, method + " is not allowed here; use " + allowed + ".").withHeader("Allow", allowed);
    }

    @Override
    public SandboxResponse tooManyRequests(RateLimitDecision decision) {
        return error(429, "Too many requests: the limit is " + decision.limit() + " per minute.")
                .withHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
    }

    @Override
    public SandboxResponse serviceUnavailable() {
        return error(503, "Service Unavailable. Server is not ready to handle the request.")
                .withHeader("Retry-After", "1");
    }

    @Override
    public SandboxResponse notImplemented(String message) {
        return error(501, message);
    }

    @Override
    public SandboxResponse internalError(String message) {
        return error(500, message);
    }

    private SandboxResponse error(int status, String message) {
        ObjectNode body = Json.object();
        body.set("code", codeForStatus.apply(status));
        body.put("message", message);
        return SandboxResponse.json(status, body);
    }
}
