package io.github.roster.error;

import io.github.roster.internal.SafeHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vendor answered with an error status. Subtypes name the outcome; this type itself is used for
 * statuses without one of their own (e.g. 406).
 *
 * <p>Carries the status, the vendor's error code and message parsed leniently, the raw body exactly as
 * received, and the server's wait hint when it gave one. Never carries the request's credentials.
 */
public class ApiException extends RosterException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** The request's method. */
    private final String method;
    /** The request's path. */
    private final String path;
    /** What the body said. */
    private final VendorError vendorError;
    /** The body as received. */
    private final String rawBody;
    /** The server's wait hint, or null. */
    private final Duration retryAfter;
    /** The allow-listed headers of the answer. */
    private final Map<String, List<String>> headers;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public ApiException(ErrorResponse response) {
        super(describe(response), null);
        this.status = response.status();
        this.method = response.method();
        this.path = response.path();
        this.vendorError = response.vendorError();
        this.rawBody = response.rawBody();
        this.retryAfter = response.retryAfter();
        this.headers = response.headers();
    }

    /**
     * The vendor's id of the failed request, to quote to their support: {@code x-ads-request-id} (Autodesk)
     * or {@code X-Request-Id}.
     *
     * @return the request id, when the answer carried one
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(SafeHeaders.requestId(headers()));
    }

    /**
     * The answer's headers from Roster's allow-list (request ids, {@code Retry-After}, rate-limit counters,
     * content type); never anything that may carry a credential.
     *
     * @return header name to values, looked up ignoring case; empty when none
     */
    public Map<String, List<String>> headers() {
        return headers == null ? Map.of() : headers;
    }

    /**
     * The first value of an allow-listed header of the answer.
     *
     * @param name the header, any case
     * @return its first value, when the answer carried it
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(SafeHeaders.first(headers(), name));
    }

    /**
     * The HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The HTTP method of the request that failed.
     *
     * @return e.g. {@code PATCH}
     */
    public String method() {
        return method;
    }

    /**
     * The path of the request that failed, without query or host.
     *
     * @return e.g. {@code /hq/v1/accounts/.../users/...}
     */
    public String path() {
        return path;
    }

    /**
     * The vendor's error code, when the body had one.
     *
     * @return the code as text
     */
    public Optional<String> vendorCode() {
        return Optional.ofNullable(vendorError.code());
    }

    /**
     * The vendor's error message, when the body had one.
     *
     * @return the message
     */
    public Optional<String> vendorMessage() {
        return Optional.ofNullable(vendorError.message());
    }

    /**
     * Messages per field, as Procore reports them ({@code {"errors": {"field": ["message"]}}}).
     *
     * @return field name to messages; empty when none
     */
    public Map<String, List<String>> fieldErrors() {
        return vendorError.fieldErrors();
    }

    /**
     * The response body exactly as received (decoded as UTF-8).
     *
     * @return the raw body; empty when there was none
     */
    public String rawBody() {
        return rawBody;
    }

    /**
     * How long the server asked the caller to wait, from {@code Retry-After} (seconds or an HTTP date)
     * or, on a 429, {@code X-Rate-Limit-Reset}.
     *
     * @return the wait, when the server gave one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String describe(ErrorResponse r) {
        StringBuilder sb = new StringBuilder()
                .append(r.method()).append(' ').append(r.path()).append(" failed: HTTP ").append(r.status());
        if (r.vendorError().code() != null) {
            sb.append(", vendor code ").append(r.vendorError().code());
        }
        if (r.vendorError().message() != null) {
            sb.append(": ").append(r.vendorError().message());
        }
        r.vendorError().fieldErrors().forEach((field, messages) ->
                sb.append("; ").append(field).append(' ').append(String.join(", ", messages)));
        if (r.retryAfter() != null) {
            sb.append(" (retry after ").append(r.retryAfter().toMillis()).append(" ms)");
        }
        return sb.toString();
    }
}
