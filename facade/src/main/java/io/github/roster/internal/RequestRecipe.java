package io.github.roster.internal;

import feign.CollectionFormat;
import feign.MethodMetadata;
import feign.Request;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import feign.template.Literal;
import feign.template.TemplateChunk;
import feign.template.UriTemplate;
import feign.template.UriUtils;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The request of one generated Feign method, read once from the method's {@link MethodMetadata} (what Feign's
 * contract parsed from {@code @RequestLine}, {@code @Headers} and {@code @Param}) and rendered per call without
 * Feign's per-call {@link RequestTemplate} (a copy of the method's template, its URI, query and header templates
 * expanded through a variable map, re-parsed, copied into a {@link Request}). The values are encoded by Feign's
 * own {@link UriUtils}, slashes decoded as Feign decodes them, so the request is the one Feign renders, byte for
 * byte (a differential test sends every generated operation both ways and compares what a server received).
 *
 * <p>Only the plain forms the generator writes are compiled: literal path segments and {@code {name}}
 * expressions, queries {@code name={name}}, headers with one literal or {@code {name}} value, an optional body
 * encoded by the client's {@link Encoder}. A method with anything else ({@code @QueryMap}, {@code @HeaderMap}, a
 * URI argument, form parameters, expanders, patterns) has no recipe; a call whose arguments Feign would treat
 * specially (a null path or body value, a collection, an empty query value) renders nothing. Both then take
 * Feign's own path.
 */
final class RequestRecipe {

    private final String configKey;
    private final Request.HttpMethod method;
    /** Literal text (a String) or the index of the argument expanded there (an Integer). */
    private final Object[] path;
    /** {@code name=} as Feign writes it, and the argument index of the value. */
    private final String[] queryPrefixes;
    private final int[] queryArgs;
    private final String[] headerNames;
    /** A literal value, or null when the value is argument {@link #headerArgs}. */
    private final String[] headerLiterals;
    private final int[] headerArgs;
    private final int bodyIndex;
    private final java.lang.reflect.Type bodyType;
    private final java.lang.reflect.Type returnType;

    private RequestRecipe(MethodMetadata md, Object[] path, String[] queryPrefixes, int[] queryArgs,
                          String[] headerNames, String[] headerLiterals, int[] headerArgs) {
        this.configKey = md.configKey();
        this.method = Request.HttpMethod.valueOf(md.template().method());
        this.path = path;
        this.queryPrefixes = queryPrefixes;
        this.queryArgs = queryArgs;
        this.headerNames = headerNames;
        this.headerLiterals = headerLiterals;
        this.headerArgs = headerArgs;
        this.bodyIndex = md.bodyIndex() == null ? -1 : md.bodyIndex();
        this.bodyType = md.bodyType();
        this.returnType = md.returnType();
    }

    /**
     * The recipe of a method, or empty when it uses a form this class does not render.
     *
     * @param md the method's metadata from the client's contract
     * @param reservedHeaders headers added outside the method's template (compared ignoring case)
     * @return the recipe
     */
    static Optional<RequestRecipe> compile(MethodMetadata md, Collection<String> reservedHeaders) {
        RequestTemplate t = md.template();
        if (md.urlIndex() != null || md.queryMapIndex() != null || md.headerMapIndex() != null
                || !md.formParams().isEmpty() || md.alwaysEncodeBody() || t.bodyTemplate() != null
                || !md.indexToExpanderClass().isEmpty() || md.indexToExpander() != null
                || md.indexToEncoded().containsValue(Boolean.TRUE) || !t.decodeSlash()
                || t.collectionFormat() != CollectionFormat.EXPLODED) {
            return Optional.empty();
        }
        for (Class<?> p : md.method().getParameterTypes()) {
            if (p == Request.Options.class) {
                return Optional.empty();
            }
        }
        Map<String, Integer> argOf = new HashMap<>();
        for (Map.Entry<Integer, Collection<String>> e : md.indexToName().entrySet()) {
            for (String name : e.getValue()) {
                if (argOf.put(name, e.getKey()) != null) {
                    return Optional.empty();
                }
            }
        }
        List<Object> path = new ArrayList<>();
        for (TemplateChunk chunk : UriTemplate.create(t.path(), false, StandardCharsets.UTF_8).getTemplateChunks()) {
            if (!(chunk instanceof Literal)) {
                Integer arg = plainExpression(chunk.getValue(), argOf);
                if (arg == null) {
                    return Optional.empty();
                }
                path.add(arg);
            } else {
                path.add(chunk.getValue());
            }
        }
        if (t.path().indexOf('?') >= 0 || t.path().indexOf('#') >= 0) {
            return Optional.empty();
        }
        List<String> prefixes = new ArrayList<>();
        List<Integer> queryArgs = new ArrayList<>();
        for (Map.Entry<String, Collection<String>> q : t.queries().entrySet()) {
            Integer arg = q.getValue().size() == 1 ? plainExpression(q.getValue().iterator().next(), argOf) : null;
            if (arg == null || q.getKey().indexOf('{') >= 0) {
                return Optional.empty();
            }
            prefixes.add(UriUtils.encode(q.getKey(), StandardCharsets.UTF_8) + "=");
            queryArgs.add(arg);
        }
        List<String> names = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        List<Integer> headerArgs = new ArrayList<>();
        for (Map.Entry<String, Collection<String>> h : t.headers().entrySet()) {
            String name = h.getKey();
            if (h.getValue().size() != 1 || name.equalsIgnoreCase("Content-Length")
                    || reservedHeaders.stream().anyMatch(name::equalsIgnoreCase)) {
                return Optional.empty();
            }
            String value = h.getValue().iterator().next();
            names.add(name);
            if (value.indexOf('{') < 0 && value.indexOf('}') < 0) {
                literals.add(value);
                headerArgs.add(-1);
            } else {
                Integer arg = plainExpression(value, argOf);
                if (arg == null) {
                    return Optional.empty();
                }
                literals.add(null);
                headerArgs.add(arg);
            }
        }
        return Optional.of(new RequestRecipe(md, path.toArray(), prefixes.toArray(new String[0]),
                queryArgs.stream().mapToInt(Integer::intValue).toArray(), names.toArray(new String[0]),
                literals.toArray(new String[0]), headerArgs.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * A target URL as Feign's {@code RequestTemplate.target} keeps it (no trailing slash; scheme, authority and
     * raw path), or null when Feign would take more from it (a query or a fragment).
     *
     * @param url the target's URL
     * @return the prefix of every request's URL, or null
     */
    static String feignTarget(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        java.net.URI uri;
        try {
            uri = java.net.URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getScheme() == null || !trimmed.startsWith("http") || uri.getRawQuery() != null
                || uri.getFragment() != null) {
            return null;
        }
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** The argument index of {@code {name}} (no operator, no pattern, a parameter's name), else null. */
    private static Integer plainExpression(String text, Map<String, Integer> argOf) {
        if (text.length() < 3 || text.charAt(0) != '{' || text.charAt(text.length() - 1) != '}') {
            return null;
        }
        String name = text.substring(1, text.length() - 1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return null;
            }
        }
        return argOf.get(name);
    }

    /** Feign's config key of the method ({@code Api#method(Type,...)}), as its logger and error decoder see it. */
    String configKey() {
        return configKey;
    }

    /** The method's declared return type, for the decoder. */
    java.lang.reflect.Type returnType() {
        return returnType;
    }

    /**
     * Renders the request, or returns null when these arguments need Feign's own rendering.
     *
     * @param target the target's URL (scheme, authority and path, no query)
     * @param args the call's arguments
     * @param extraHeaderName a header added after the method's own (the bearer token), or null
     * @param extraHeaderValue its value
     * @param encoder the client's body encoder
     * @return the request, or null
     */
    Request render(String target, Object[] args, String extraHeaderName, String extraHeaderValue, Encoder encoder) {
        StringBuilder url = new StringBuilder(target.length() + 96).append(target);
        boolean percent = false;
        for (Object chunk : path) {
            if (chunk instanceof String literal) {
                url.append(literal);
            } else {
                String value = uriValue(args[(Integer) chunk]);
                if (value == null) {
                    return null;
                }
                percent |= value.indexOf('%') >= 0;
                url.append(value);
            }
        }
        if (percent) {
            // Feign parses the expanded path again as a template, which encodes a '%' that starts no escape
            String expanded = url.substring(target.length());
            url.setLength(target.length());
            url.append(reparsed(expanded));
        }
        char separator = '?';
        for (int i = 0; i < queryArgs.length; i++) {
            Object arg = args[queryArgs[i]];
            if (arg == null) {
                continue; // an unset query parameter is left out, as Feign does
            }
            String value = uriValue(arg);
            if (value == null) {
                return null;
            }
            url.append(separator).append(queryPrefixes[i]).append(reparsed(value));
            separator = '&';
        }
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headerNames.length; i++) {
            String value = headerLiterals[i];
            if (value == null) {
                Object arg = args[headerArgs[i]];
                if (arg == null) {
                    continue; // an unset header is left out, as Feign does
                }
                if (!isScalar(arg)) {
                    return null;
                }
                value = arg.toString();
                if (value.isEmpty()) {
                    continue;
                }
                if (value.contains("%2F")) {
                    value = value.replace("%2F", "/"); // Feign decodes slashes in header values too
                }
            }
            headers.put(headerNames[i], List.of(value));
        }
        byte[] body = null;
        java.nio.charset.Charset charset = null;
        if (bodyIndex >= 0) {
            Object value = args[bodyIndex];
            if (value == null) {
                return null;
            }
            RequestTemplate encoded = new RequestTemplate();
            try {
                encoder.encode(value, bodyType, encoded);
            } catch (EncodeException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new EncodeException(e.getMessage(), e);
            }
            body = encoded.body();
            charset = encoded.requestCharset();
            if (body != null && body.length > 0) {
                headers.put("Content-Length", List.of(String.valueOf(body.length)));
            }
        }
        if (extraHeaderName != null) {
            headers.put(extraHeaderName, List.of(extraHeaderValue));
        }
        return Request.create(method, url.toString(), headers, body, charset, null);
    }

    /**
     * A path or query value as Feign expands it: {@link UriUtils#encode(String, java.nio.charset.Charset)}, then
     * {@code %2F} back to {@code /}; null for what Feign expands its own way (a null, a collection, a map, an
     * optional, an array) or drops (an empty text).
     */
    private static String uriValue(Object arg) {
        if (arg == null || !isScalar(arg)) {
            return null;
        }
        String text = arg.toString();
        if (text.isEmpty()) {
            return null;
        }
        if (isUnreserved(text)) {
            return text; // what UriUtils returns for it, without its copies
        }
        String encoded = UriUtils.encode(text, StandardCharsets.UTF_8);
        return encoded.indexOf("%2F") >= 0 ? encoded.replace("%2F", "/") : encoded;
    }

    /**
     * What Feign's second reading of an expanded URL does to a part of it: the part becomes a literal of a new
     * template, encoded with reserved characters allowed and escapes kept, which changes only a {@code %} that
     * starts no escape (slash decoding can leave one, and {@code UriUtils} keeps a text that looks encoded).
     */
    private static String reparsed(String expanded) {
        return expanded.indexOf('%') < 0 ? expanded : UriUtils.encode(expanded, StandardCharsets.UTF_8, true);
    }

    /** Only RFC 3986 unreserved characters: nothing for Feign to encode. */
    private static boolean isUnreserved(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalar(Object arg) {
        return !(arg instanceof Iterable<?> || arg instanceof Map<?, ?> || arg instanceof Optional<?>
                || arg.getClass().isArray());
    }
}
