package io.github.roster.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Absolute URLs of other pages of the list a request asked for: the same path and query with the paging
 * parameters replaced, on the host the caller addressed ({@code Host} header, as a real API behind a
 * gateway answers its own host).
 */
final class PageLinks {

    private final String base;
    private final Map<String, List<String>> query;

    PageLinks(SandboxRequest request) {
        this.base = "http://" + request.header("Host").orElse("127.0.0.1") + request.path();
        this.query = new QueryParameters(request).all();
    }

    /** The URL of this request with the given parameters set (added at the end when not sent). */
    String with(Map<String, String> paging) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(query);
        paging.forEach((name, value) -> parameters.put(name, List.of(value)));
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value -> joined.add(encode(name) + "=" + encode(value))));
        return base + "?" + joined;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
