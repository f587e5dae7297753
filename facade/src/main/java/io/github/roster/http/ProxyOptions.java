package io.github.roster.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which forward proxy API calls and token calls go through: the JVM's proxy properties (the default), none, or
 * an explicit proxy with optional credentials and hosts reached directly. Immutable.
 *
 * <p>Give the same value to {@link HttpOptions.Builder#proxy(ProxyOptions)} and to the token provider's builder
 * so that API and token calls take one route.
 */
public final class ProxyOptions {

    private static final ProxyOptions SYSTEM = new ProxyOptions(Mode.SYSTEM_PROPERTIES, null, 0, null, null, List.of());
    private static final ProxyOptions NONE = new ProxyOptions(Mode.NONE, null, 0, null, null, List.of());

    /** Where the proxy setting comes from. */
    public enum Mode {
        /** The JVM's {@code https.proxyHost}/{@code https.proxyPort}, {@code http.proxyHost}/..., {@code http.nonProxyHosts}. */
        SYSTEM_PROPERTIES,
        /** Always connect directly. */
        NONE,
        /** The proxy given by {@link ProxyOptions#of(String, int)}. */
        EXPLICIT
    }

    private final Mode mode;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final List<String> nonProxyHosts;

    private ProxyOptions(Mode mode, String host, int port, String username, String password, List<String> nonProxyHosts) {
        this.mode = mode;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.nonProxyHosts = List.copyOf(nonProxyHosts);
    }

    /**
     * The JVM's proxy properties, read on every connection ({@code java.net.ProxySelector.getDefault()}): the
     * default.
     *
     * @return the system-properties setting
     */
    public static ProxyOptions systemProperties() {
        return SYSTEM;
    }

    /**
     * No proxy, whatever the JVM's properties say.
     *
     * @return the direct setting
     */
    public static ProxyOptions none() {
        return NONE;
    }

    /**
     * An explicit HTTP proxy (HTTPS targets are tunnelled through it with {@code CONNECT}).
     *
     * @param host the proxy's host name or address
     * @param port the proxy's port, 1 to 65535
     * @return the setting, without credentials and non-proxy hosts
     * @throws IllegalArgumentException naming each bad field
     */
    public static ProxyOptions of(String host, int port) {
        List<String> problems = new ArrayList<>();
        if (host == null || host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')) {
            problems.add("proxy host must be a host name or address, was " + (host == null ? "null" : "'" + host + "'"));
        }
        if (port < 1 || port > 65535) {
            problems.add("proxy port must be 1 to 65535, was " + port);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new ProxyOptions(Mode.EXPLICIT, host.strip(), port, null, null, List.of());
    }

    /**
     * The same proxy, authenticating with HTTP Basic ({@code Proxy-Authorization}) when it asks. The password is
     * never logged or printed.
     *
     * @param username not blank
     * @param password not null
     * @return a new setting
     * @throws IllegalStateException unless this is an explicit proxy
     * @throws IllegalArgumentException naming each bad field
     */
    public ProxyOptions withCredentials(String username, String password) {
        requireExplicit("credentials");
        List<String> problems = new ArrayList<>();
        if (username == null || username.isBlank()) {
            problems.add("proxy username must not be blank");
        }
        if (password == null) {
            problems.add("proxy password must not be null");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new ProxyOptions(mode, host, port, username, password, nonProxyHosts);
    }

    /**
     * The same proxy, bypassed for these hosts. A pattern is a host name or address matched exactly (and, like
     * {@code NO_PROXY}, its subdomains), {@code *.example.com} or {@code .example.com} (the domain and its
     * subdomains), {@code 10.*} (a prefix), or {@code *} (every host). Case does not matter.
     *
     * @param patterns the hosts reached directly
     * @return a new setting
     * @throws IllegalStateException unless this is an explicit proxy
     * @throws IllegalArgumentException naming each bad pattern
     */
    public ProxyOptions withNonProxyHosts(List<String> patterns) {
        requireExplicit("non-proxy hosts");
        Objects.requireNonNull(patterns, "patterns");
        List<String> clean = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (p == null || p.isBlank() || p.strip().chars().anyMatch(c -> c <= ' ' || c == '/')) {
                problems.add("nonProxyHosts[" + i + "] must be a host pattern, was " + (p == null ? "null" : "'" + p + "'"));
            } else {
                clean.add(p.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new ProxyOptions(mode, host, port, username, password, clean);
    }

    private void requireExplicit(String what) {
        if (mode != Mode.EXPLICIT) {
            throw new IllegalStateException(what + " apply to an explicit proxy (ProxyOptions.of), not to " + mode);
        }
    }

    /**
     * Where the setting comes from.
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * The explicit proxy's host.
     *
     * @return the host, or null unless {@link Mode#EXPLICIT}
     */
    public String host() {
        return host;
    }

    /**
     * The explicit proxy's port.
     *
     * @return the port, or 0 unless {@link Mode#EXPLICIT}
     */
    public int port() {
        return port;
    }

    /**
     * The proxy user name.
     *
     * @return the user name, or null when no credentials are set
     */
    public String username() {
        return username;
    }

    /**
     * The proxy password (never printed by {@link #toString()}).
     *
     * @return the password, or null when no credentials are set
     */
    public String password() {
        return password;
    }

    /**
     * The hosts reached directly.
     *
     * @return the patterns, lower case
     */
    public List<String> nonProxyHosts() {
        return nonProxyHosts;
    }

    /**
     * Whether a connection to this host bypasses the explicit proxy.
     *
     * @param targetHost the host of the request
     * @return true when a non-proxy pattern matches it
     */
    public boolean bypasses(String targetHost) {
        String h = targetHost.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        for (String p : nonProxyHosts) {
            if (matches(h, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String host, String pattern) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*.") || pattern.startsWith(".")) {
            String domain = pattern.substring(pattern.indexOf('.') + 1);
            return host.equals(domain) || host.endsWith("." + domain);
        }
        if (pattern.endsWith("*")) {
            return host.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return host.equals(pattern) || host.endsWith("." + pattern);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProxyOptions other && mode == other.mode && port == other.port
                && Objects.equals(host, other.host) && Objects.equals(username, other.username)
                && Objects.equals(password, other.password) && nonProxyHosts.equals(other.nonProxyHosts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, host, port, username, nonProxyHosts);
    }

    @Override
    public String toString() {
        if (mode != Mode.EXPLICIT) {
            return "ProxyOptions{" + mode + '}';
        }
        return "ProxyOptions{" + host + ':' + port + (username == null ? "" : ", user=" + username + ", password=***")
                + (nonProxyHosts.isEmpty() ? "" : ", nonProxyHosts=" + nonProxyHosts) + '}';
    }
}
