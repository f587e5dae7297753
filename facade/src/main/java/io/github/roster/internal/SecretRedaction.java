package io.github.roster.internal;

import io.github.roster.error.VendorError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place secrets (tokens, client secrets) are removed from text a server sent back: in the raw form,
 * JSON-escaped ({@code abc\/def}, {@code \"}, {@code \\}) and URL-encoded, and, for text already decoded from
 * JSON, again after decoding. Only whole secrets are replaced (not inside a longer word), and a "secret" shorter
 * than {@link #MIN_LENGTH} characters is a test value, left alone: replacing every {@code t} would garble the
 * message and hide nothing.
 */
final class SecretRedaction {

    /** Secrets shorter than this are not redacted (no real token or secret is this short). */
    static final int MIN_LENGTH = 8;

    static final String REDACTED = "[redacted]";

    private SecretRedaction() {
    }

    /**
     * The text with every whole occurrence of each secret, in any of its encoded forms, replaced.
     *
     * @param text the text, or null
     * @param secrets the secrets; nulls and short values are ignored
     * @return the redacted text
     */
    static String redact(String text, Collection<String> secrets) {
        if (text == null || secrets == null) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret == null || secret.length() < MIN_LENGTH) {
                continue;
            }
            for (String form : forms(secret)) {
                out = replaceWhole(out, form);
            }
        }
        return out;
    }

    /**
     * A vendor error with the secrets removed from its decoded code, message and field errors.
     *
     * @param error the parsed error
     * @param secrets the secrets
     * @return the redacted error
     */
    static VendorError redact(VendorError error, Collection<String> secrets) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        error.fieldErrors().forEach((field, messages) -> {
            List<String> redacted = new ArrayList<>();
            messages.forEach(m -> redacted.add(redact(m, secrets)));
            fields.put(redact(field, secrets), redacted);
        });
        return new VendorError(redact(error.code(), secrets), redact(error.message(), secrets), fields);
    }

    private static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.add(jsonEscaped(secret, false));
        forms.add(jsonEscaped(secret, true));
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        return forms;
    }

    private static String jsonEscaped(String s, boolean escapeSlash) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append(escapeSlash ? "\\/" : "/");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Replaces {@code form} where it is not part of a longer run of letters and digits. */
    private static String replaceWhole(String text, String form) {
        Pattern whole = Pattern.compile("(?<![\\p{Alnum}])" + Pattern.quote(form) + "(?![\\p{Alnum}])");
        Matcher m = whole.matcher(text);
        return m.find() ? m.replaceAll(Matcher.quoteReplacement(REDACTED)) : text;
    }
}
