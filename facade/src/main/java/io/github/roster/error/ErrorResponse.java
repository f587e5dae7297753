package io.github.roster.error;

import io.github.roster.internal.SafeHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error answer from a vendor, as the transport read it: everything an {@link ApiException} needs.
 *
 * @param status the HTTP status
 * @param method the request's method
 * @param path the request's path
 * @param vendorError what the body said, parsed leniently
 * @param rawBody the body as received
 * @param retryAfter the server's wait hint, or null
 * @param headers the answer's allow-listed headers (request ids, rate-limit counters; never credentials)
 */
public record ErrorResponse(int status, String method, String path, VendorError vendorError, String rawBody,
                            Duration retryAfter, Map<String, List<String>> headers) {

    /**
     * Checks the components.
     *
     * @param status see the record component
     * @param method see the record component
     * @param path see the record component
     * @param vendorError see the record component
     * @param rawBody see the record component
     * @param retryAfter see the record component
     * @param headers see the record component
     */
    public ErrorResponse {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        vendorError = vendorError == null ? VendorError.EMPTY : vendorError;
        rawBody = rawBody == null ? "" : rawBody;
        headers = SafeHeaders.of(headers);
    }

    /**
     * An error answer without headers.
     *
     * @param status see the record component
     * @param method see the record component
     * @param path see the record component
     * @param vendorError see the record component
     * @param rawBody see the record component
     * @param retryAfter see the record component
     */
    public ErrorResponse(int status, String method, String path, VendorError vendorError, String rawBody,
                         Duration retryAfter) {
        this(status, method, path, vendorError, rawBody, retryAfter, Map.of());
    }
}
