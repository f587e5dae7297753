package io.github.roster.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the sandbox sees it: read completely before anything acts on it.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, without the query
 * @param rawQuery the raw query string, or {@code null}
 * @param headers the headers, keyed case-insensitively
 * @param body the body bytes, empty when none was sent
 * @param formFields the multipart/form-data body as checked against the spec, {@code null} until then
 */
record SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
        FormFields formFields) {

    SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this(method, path, rawQuery, headers, body, null);
    }

    SandboxRequest {
        method = method.toUpperCase(Locale.ROOT);
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = copy;
        body = body == null ? new byte[0] : body;
    }

    /** This request with its multipart body's checked fields. */
    SandboxRequest withForm(FormFields fields) {
        return new SandboxRequest(method, path, rawQuery, headers, body, fields);
    }

    /** The checked multipart fields; present once the pipeline validated a multipart/form-data body. */
    Optional<FormFields> form() {
        return Optional.ofNullable(formFields);
    }

    /** The first value of a header, if sent. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    Optional<String> contentType() {
        return header("Content-Type");
    }

    boolean isMultipart() {
        return contentType().map(type -> type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))
                .orElse(false);
    }

    /** The query parameters, decoded, in the order sent. */
    Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
