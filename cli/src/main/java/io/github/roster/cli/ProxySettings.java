package io.github.roster.cli;

import io.github.roster.http.ProxyOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CLI's proxy, for API and token calls alike, in order: {@code --proxy URL} (or {@code --proxy none}); the
 * proxy variable for the base URL's scheme, as curl reads them ({@code HTTPS_PROXY}/{@code https_proxy} for
 * https, {@code HTTP_PROXY}/{@code http_proxy} for a plain-http loopback base URL); otherwise the JVM's proxy
 * properties. {@code NO_PROXY}/{@code no_proxy} (comma-separated hosts, {@code .domain}, {@code *}) applies to
 * the first two. A proxy URL is {@code http://[user:password@]host[:port]} (port 80 when absent); the password is
 * never printed.
 */
final class ProxySettings {

    private ProxySettings() {
    }

    static ProxyOptions resolve(String option, String baseUrl, CliContext ctx) {
        if (option != null) {
            if (option.strip().equalsIgnoreCase("none")) {
                return ProxyOptions.none();
            }
            return parse("--proxy", option, ctx);
        }
        boolean plainHttp = baseUrl != null && baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("http://");
        String scheme = plainHttp ? "HTTP_PROXY" : "HTTPS_PROXY";
        for (String variable : List.of(scheme, scheme.toLowerCase(Locale.ROOT))) {
            String value = ctx.env(variable);
            if (value != null) {
                return parse(variable, value, ctx);
            }
        }
        return ProxyOptions.systemProperties();
    }

    private static ProxyOptions parse(String source, String value, CliContext ctx) {
        String text = value.strip();
        URI uri;
        try {
            uri = new URI(text.contains("://") ? text : "http://" + text);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(source + " must be a proxy URL like http://proxy.example:3128, was '"
                    + withoutUserInfo(text) + "'");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidInputException(source + " must be an http:// proxy URL (TLS to the proxy is not"
                    + " supported), was '" + withoutUserInfo(text) + "'");
        }
        ProxyOptions proxy;
        try {
            proxy = ProxyOptions.of(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort());
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
                proxy = proxy.withCredentials(user, password);
            }
            List<String> noProxy = noProxy(ctx);
            return noProxy.isEmpty() ? proxy : proxy.withNonProxyHosts(noProxy);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    private static List<String> noProxy(CliContext ctx) {
        String value = ctx.env("NO_PROXY") != null ? ctx.env("NO_PROXY") : ctx.env("no_proxy");
        List<String> hosts = new ArrayList<>();
        if (value == null) {
            return hosts;
        }
        for (String entry : value.split(",")) {
            String host = entry.strip();
            if (host.isEmpty()) {
                continue;
            }
            // curl accepts host:port; the port is not part of the match here
            int colon = host.lastIndexOf(':');
            if (colon > 0 && host.indexOf(':') == colon && host.substring(colon + 1).matches("\\d+")) {
                host = host.substring(0, colon);
            }
            hosts.add(host);
        }
        return hosts;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String withoutUserInfo(String text) {
        return text.replaceFirst("^([^:/]*://)?[^@/]*@", "$1***@");
    }
}
