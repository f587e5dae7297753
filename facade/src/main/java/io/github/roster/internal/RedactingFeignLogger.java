package io.github.roster.internal;

import feign.Logger;
import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Logs requests and responses at TRACE on the {@code io.github.roster.wire} logger: headers only from an
 * allow-list (everything else, {@code Authorization} first, shows as {@code [redacted]}); bodies with the
 * values of secret-looking JSON keys replaced.
 */
final class RedactingFeignLogger extends Logger {

    private static final org.slf4j.Logger WIRE = LoggerFactory.getLogger("io.github.roster.wire");

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
        String token = bearerToken(request);
        String body = request.body() == null ? noBody(request)
                : redactBody(new String(request.body(), StandardCharsets.UTF_8), token);
        WIRE.trace("--> {} {} {} {}", request.httpMethod(), request.url(), headers(request.headers()), body);
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsed)
            throws IOException {
        if (!WIRE.isTraceEnabled()) {
            return response;
        }
        byte[] bytes;
        if (response.body() == null) {
            bytes = new byte[0];
        } else if (response.status() >= 300) {
            // an error body is only read in part (see ErrorMapper): it may never end
            try (java.io.InputStream in = response.body().asInputStream()) {
                bytes = in.readNBytes(ErrorMapper.MAX_ERROR_BODY_BYTES + 1);
            }
        } else {
            bytes = Util.toByteArray(response.body().asInputStream());
        }
        WIRE.trace("<-- {} ({} ms) {} {}", response.status(), elapsed, headers(response.headers(), true),
                redactBody(new String(bytes, StandardCharsets.UTF_8), bearerToken(response.request())));
        return response.toBuilder().body(bytes).build();
    }

    static String headers(Map<String, Collection<String>> headers) {
        return headers(headers, false);
    }

    /** Headers for the log; response names, which Feign lower-cases, are shown as people write them. */
    private static String headers(Map<String, Collection<String>> headers, boolean responseNames) {
        StringBuilder sb = new StringBuilder("{");
        headers.forEach((name, values) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            boolean allowed = SafeHeaders.allowed(name);
            sb.append(responseNames ? displayName(name) : name).append('=').append(allowed ? String.join(",", values) : "[redacted]");
        });
        return sb.append('}').toString();
    }

    /** A header name as people write it ({@code X-Rate-Limit-Remaining}): Feign hands response names lower-cased. */
    private static String displayName(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }

    static String redactBody(String body, String token) {
        String json = SECRET_VALUES.matcher(body).replaceAll("$1\"[redacted]\"");
        return SecretRedaction.redact(FORM_SECRET_VALUES.matcher(json).replaceAll("$1[redacted]"),
                token == null ? List.of() : List.of(token));
    }

    /** What the wire log shows for a request without an encoded body: a multipart upload is not logged. */
    private static String noBody(Request request) {
        Collection<String> type = request.headers().getOrDefault("Content-Type", java.util.List.of());
        return type.isEmpty() ? "" : "[" + String.join(",", type) + " body not logged]";
    }

    /**
     * The bearer token a request carries, from its {@code Authorization} header.
     *
     * @param request the request
     * @return the token, or null when it carries none
     */
    static String bearerToken(Request request) {
        if (request == null) {
            return null;
        }
        for (Map.Entry<String, Collection<String>> h : request.headers().entrySet()) {
            if (h.getKey().equalsIgnoreCase("Authorization")) {
                for (String v : h.getValue()) {
                    if (v.regionMatches(true, 0, "Bearer ", 0, 7)) {
                        return v.substring(7).trim();
                    }
                }
            }
        }
        return null;
    }
}
