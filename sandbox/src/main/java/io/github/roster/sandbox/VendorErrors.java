package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Map;

/** The error responses of one vendor API, in that vendor's status codes and body shapes. */
interface VendorErrors {

    /** The request does not conform to the spec; {@code messages} are the validator's errors. */
    SandboxResponse invalidRequest(List<ValidationReport.Message> messages);

    /** The multipart form does not conform to the spec's form schema; {@code errors} are by field name. */
    SandboxResponse invalidForm(Map<String, List<String>> errors);

    /** The request cannot be read at all (e.g. a malformed multipart body). */
    SandboxResponse badRequest(String message);

    /** The bearer token is missing or not accepted. */
    SandboxResponse unauthorized(BearerAuth.Failure failure);

    /** The addressed resource does not exist. */
    SandboxResponse notFound(String message);

    /** The request conflicts with the resource's current state. */
    SandboxResponse conflict(String message);

    /** The path exists but not for this method. */
    SandboxResponse methodNotAllowed(String method, String allowed);

    /** The rate limit is used up for the current window. */
    SandboxResponse tooManyRequests(RateLimitDecision decision);

    /** An injected fault: the server is "under load". */
    SandboxResponse serviceUnavailable();

    /** The spec declares the operation but the sandbox has no handler for it. */
    SandboxResponse notImplemented(String message);

    /** The sandbox itself failed. */
    SandboxResponse internalError(String message);
}
