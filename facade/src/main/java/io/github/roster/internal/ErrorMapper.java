package io.github.roster.internal;

import io.github.roster.error.ApiException;
import io.github.roster.error.ApiExceptions;
import io.github.roster.error.ErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one place an error answer becomes a Roster exception: status, vendor error, raw body (the request's
 * token removed), wait hint, request id and allow-listed headers.
 */
final class ErrorMapper {

    /** The most bytes of an error body kept: enough for any vendor's message and field errors. */
    static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final VendorErrorParser parser;
    private final Clock clock;

    ErrorMapper(VendorErrorParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    ApiException toException(feign.Response response) {
        String body = "";
        if (response.body() != null) {
            try (InputStream in = response.body().asInputStream()) {
                // an error body is for the message: read a bounded prefix, then drop the connection
                byte[] prefix = in.readNBytes(MAX_ERROR_BODY_BYTES + 1);
                body = prefix.length > MAX_ERROR_BODY_BYTES
                        ? new String(prefix, 0, MAX_ERROR_BODY_BYTES, StandardCharsets.UTF_8) + "...[truncated]"
                        : new String(prefix, StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "";
            }
        }
        feign.Request req = response.request();
        String path = URI.create(req.url()).getRawPath();
        Map<String, Collection<String>> headers = response.headers();
        Duration wait = WaitHints.from(response.status(), headers, clock);
        // a gateway may quote the refused token in its message: it must not reach the exception
        String token = RedactingFeignLogger.bearerToken(req);
        List<String> secrets = token == null ? List.of() : List.of(token);
        String safeBody = SecretRedaction.redact(body, secrets);
        // and after decoding: a JSON escape the raw forms missed (\u0061bc) must not reach the message
        return ApiExceptions.from(new ErrorResponse(response.status(), req.httpMethod().name(), path,
                SecretRedaction.redact(parser.parse(safeBody), secrets), safeBody, wait, SafeHeaders.of(headers)));
    }
}
