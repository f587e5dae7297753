package io.github.roster.internal;

import feign.Logger;
import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Logs requests and responses at TRACE on the {@code io.github.roster.wire} logger: headers only from an
 * allow-list (everything else, {@code Authorization} first, shows as {@code [redacted]}); bodies with the
 * values of secret-looking JSON keys replaced.
 */
final class RedactingFeignLogger extends Logger {

    private static final org.slf4j.Logger WIRE = LoggerFactory.getLogger("io.github.roster.wire");

    /** Headers whose values are safe to log. */
    static final Set<String> ALLOWED_HEADERS = Set.of(
            "accept", "content-type", "content-length", "region", "user-id", "procore-company-id",
            "retry-after", "x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset",
            "x-request-id", "x-ads-request-id", "date", "user-agent");

    private static final Pattern SECRET_VALUES = Pattern.compile(
            "(\"[^\"]*(?:token|secret|password|authorization)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
            Pattern.CASE_INSENSITIVE);

    /** The same for a form-encoded body ({@code client_secret=...&grant_type=...}). */
    private static final Pattern FORM_SECRET_VALUES = Pattern.compile(
            "((?:^|&)[^=&\\s\"{}]*(?:token|secret|password)[^=&\\s\"{}]*=)[^&\\s]*", Pattern.CASE_INSENSITIVE);

    static Level level() {
        return WIRE.isTraceEnabled() ? Level.FULL : Level.NONE;
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        // every line goes through logRequest/logAndRebufferResponse below
    }

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        if (!WIRE.isTraceEnabled()) {
            return;
        }
        String body = request.body() == null ? "" : redactBody(new String(request.body(), StandardCharsets.UTF_8));
        WIRE.trace("--> {} {} {} {}", request.httpMethod(), request.url(), headers(request.headers()), body);
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsed)
            throws IOException {
        if (!WIRE.isTraceEnabled()) {
            return response;
        }
        byte[] bytes = response.body() == null ? new byte[0] : Util.toByteArray(response.body().asInputStream());
        WIRE.trace("<-- {} ({} ms) {} {}", response.status(), elapsed, headers(response.headers()),
                redactBody(new String(bytes, StandardCharsets.UTF_8)));
        return response.toBuilder().body(bytes).build();
    }

    /**
     * Logs a request sent outside Feign (the multipart path) the same way, at TRACE.
     *
     * @param method the method
     * @param url the URL
     * @param headers the request headers
     * @param body what to show of the body (already safe)
     */
    static void traceRequest(String method, Object url, Map<String, Collection<String>> headers, String body) {
        if (WIRE.isTraceEnabled()) {
            WIRE.trace("--> {} {} {} {}", method, url, headers(headers), body);
        }
    }

    /**
     * Logs an answer received outside Feign, at TRACE, its body redacted.
     *
     * @param status the status
     * @param elapsedMillis how long it took
     * @param headers the response headers
     * @param body the body as received
     */
    static void traceResponse(int status, long elapsedMillis, Map<String, Collection<String>> headers, String body) {
        if (WIRE.isTraceEnabled()) {
            WIRE.trace("<-- {} ({} ms) {} {}", status, elapsedMillis, headers(headers), redactBody(body));
        }
    }

    static boolean traceEnabled() {
        return WIRE.isTraceEnabled();
    }

    static String headers(Map<String, Collection<String>> headers) {
        StringBuilder sb = new StringBuilder("{");
        headers.forEach((name, values) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            boolean allowed = name != null && ALLOWED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            sb.append(name).append('=').append(allowed ? String.join(",", values) : "[redacted]");
        });
        return sb.append('}').toString();
    }

    static String redactBody(String body) {
        String json = SECRET_VALUES.matcher(body).replaceAll("$1\"[redacted]\"");
        return withoutAttemptToken(FORM_SECRET_VALUES.matcher(json).replaceAll("$1[redacted]"));
    }

    /**
     * The text with the running attempt's bearer token (see {@link CallExecutor#attemptToken()}) replaced by
     * {@code [redacted]}, wherever it appears: a server may quote it in free text.
     *
     * @param text a body
     * @return the text without the token
     */
    static String withoutAttemptToken(String text) {
        String token = CallExecutor.attemptToken();
        return token == null || token.isEmpty() || text == null ? text : text.replace(token, "[redacted]");
    }
}
