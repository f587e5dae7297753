package io.github.roster.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a client's base URL: {@code https} anywhere, plain {@code http} only to a loopback host (the
 * sandbox, a test server), so tokens never cross a network unencrypted.
 */
public final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * Checks and returns a base URL.
     *
     * @param url e.g. {@code https://developer.api.autodesk.com} or {@code http://127.0.0.1:8080}
     * @return the URL as a URI
     * @throws IllegalArgumentException when it is not absolute, not http(s), or plain http to a non-loopback host
     */
    public static URI check(String url) {
        Objects.requireNonNull(url, "baseUrl");
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + url);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("baseUrl must use https; plain http is allowed only for loopback hosts"
                    + " (127.0.0.1, localhost, [::1]), was " + url);
        }
        return uri;
    }

    /**
     * A base URL as the prefix of request paths: without trailing slashes, so {@code //hq/...} is never sent.
     *
     * @param baseUrl e.g. {@code http://127.0.0.1:8080/}
     * @return e.g. {@code http://127.0.0.1:8080}
     */
    public static String withoutTrailingSlash(URI baseUrl) {
        return baseUrl.toString().replaceAll("/+$", "");
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("^[0-9.]+$") && !h.contains(":")) {
            return false; // a name other than localhost: never resolve it here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
