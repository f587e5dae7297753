package io.github.roster.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One request as the sandbox received it, for tests to inspect: secrets are not kept. The value of
 * {@code Authorization} is reduced to its scheme ({@code Bearer ****}) and a {@code client_secret} form field's
 * value to {@code ****}.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, without the query
 * @param rawQuery the raw query string, or {@code null}
 * @param headers the headers, keyed case-insensitively, in the order their values were sent
 * @param body the body bytes, empty when none was sent
 */
public record ReceivedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
        byte[] body) {

    static final String REDACTED = "****";
    private static final Pattern CLIENT_SECRET = Pattern.compile("(^|&)(client_secret=)[^&]*");

    /** Copies what the sandbox read, leaving secrets out. */
    public ReceivedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name,
                name.equalsIgnoreCase("Authorization") ? values.stream().map(ReceivedRequest::scheme).toList()
                        : List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : withoutClientSecret(headers, body.clone());
    }

    /**
     * The first value of a header, if it was sent.
     *
     * @param name the header name, any case
     * @return the value
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The body as UTF-8 text.
     *
     * @return the body text, empty when none was sent
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * A copy of the body bytes.
     *
     * @return the body
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery);
    }

    private static String scheme(String value) {
        String trimmed = value.trim();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? "" : trimmed.substring(0, space + 1)) + REDACTED;
    }

    private static byte[] withoutClientSecret(Map<String, List<String>> headers, byte[] body) {
        List<String> types = headers.get("Content-Type");
        boolean form = types != null && !types.isEmpty()
                && types.get(0).toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (!form) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return CLIENT_SECRET.matcher(text).replaceAll("$1$2" + REDACTED).getBytes(StandardCharsets.UTF_8);
    }
}
