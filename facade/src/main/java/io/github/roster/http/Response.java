package io.github.roster.http;

import io.github.roster.internal.SafeHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful answer with what callers need besides its body: the status, the request id to quote to the
 * vendor's support, and the allow-listed headers (e.g. Procore's {@code X-Rate-Limit-Remaining}). Returned by
 * the {@code ...WithResponse} methods of the clients. Immutable.
 *
 * @param <T> the body type
 */
public final class Response<T> {

    private final int status;
    private final Map<String, List<String>> headers;
    private final T value;

    /**
     * Creates a response.
     *
     * @param status the HTTP status
     * @param headers the allow-listed headers, looked up ignoring case
     * @param value the decoded body, or null when the answer had none
     */
    public Response(int status, Map<String, List<String>> headers, T value) {
        this.status = status;
        this.headers = SafeHeaders.of(Objects.requireNonNull(headers, "headers"));
        this.value = value;
    }

    /**
     * The HTTP status.
     *
     * @return e.g. 200
     */
    public int status() {
        return status;
    }

    /**
     * The answer's headers from Roster's allow-list (request ids, rate-limit counters, content type); never
     * anything that may carry a credential.
     *
     * @return header name to values, looked up ignoring case
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of an allow-listed header.
     *
     * @param name the header, any case, e.g. {@code X-Rate-Limit-Remaining}
     * @return its first value, when the answer carried it
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(SafeHeaders.first(headers, name));
    }

    /**
     * The vendor's id of the request: {@code x-ads-request-id} (Autodesk) or {@code X-Request-Id}.
     *
     * @return the request id, when the answer carried one
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(SafeHeaders.requestId(headers));
    }

    /**
     * The decoded body.
     *
     * @return the body, or null when the answer had none
     */
    public T value() {
        return value;
    }

    @Override
    public String toString() {
        return "Response{status=" + status + ", headers=" + headers + '}';
    }
}
