package io.github.roster.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The response and request headers whose values are safe to show: logged at TRACE, kept on exceptions and
 * responses. Everything else (first of all {@code Authorization}) is redacted or dropped.
 */
public final class SafeHeaders {

    /** Headers whose values are safe to log and keep, lower case. */
    static final Set<String> ALLOWED = Set.of(
            "accept", "content-type", "content-length", "region", "user-id", "procore-company-id",
            "retry-after", "x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset",
            "x-request-id", "x-ads-request-id", "date", "user-agent", "link", "total", "per-page");

    private SafeHeaders() {
    }

    /**
     * Whether a header's value is safe to show.
     *
     * @param name the header name, any case
     * @return true when allow-listed
     */
    public static boolean allowed(String name) {
        return name != null && ALLOWED.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The allow-listed headers of an answer, with case-insensitive lookup; immutable and serialisable.
     *
     * @param headers headers as received
     * @return the allowed ones
     */
    public static Map<String, List<String>> of(Map<String, ? extends Collection<String>> headers) {
        TreeMap<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (allowed(name) && values != null) {
                    kept.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
                }
            });
        }
        kept.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(kept);
    }

    /**
     * The first value of a header, looked up ignoring case.
     *
     * @param headers headers
     * @param name the header, any case
     * @return its first value, or null
     */
    public static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * The vendor's id of the request an answer belongs to: {@code x-ads-request-id} (Autodesk), else
     * {@code X-Request-Id}.
     *
     * @param headers headers
     * @return the id, or null
     */
    public static String requestId(Map<String, List<String>> headers) {
        String autodesk = first(headers, "x-ads-request-id");
        return autodesk != null ? autodesk : first(headers, "x-request-id");
    }
}
