package io.github.roster.error;

import java.time.Duration;
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
 */
public record ErrorResponse(int status, String method, String path, VendorError vendorError, String rawBody,
                            Duration retryAfter) {

    /**
     * Checks the components.
     */
    public ErrorResponse {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        vendorError = vendorError == null ? VendorError.EMPTY : vendorError;
        rawBody = rawBody == null ? "" : rawBody;
    }
}
