package io.github.roster.cli;

import io.github.roster.http.HttpOptions;
import io.github.roster.http.ProxyOptions;
import io.github.roster.http.RetryPolicy;
import picocli.CommandLine.Option;

/** Options every API command takes. */
public final class CommonOptions {

    /** How results are printed. */
    public enum Output {
        /** A short human summary. */
        text,
        /** The response body (or the import summary) as JSON. */
        json,
        /** Lists: one compact JSON object per line, streamed. */
        ndjson
    }

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Send requests here instead of the vendor (e.g. http://127.0.0.1:8080 for `roster sandbox`)."
                    + " Plain http only to loopback hosts.")
    String baseUrl;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token; visible to other users in `ps`: prefer --token-file, or `--token -` to read"
                    + " it from standard input. Default: ROSTER_AUTODESK_TOKEN / ROSTER_PROCORE_TOKEN, or client credentials"
                    + " from ROSTER_AUTODESK_CLIENT_ID/_SECRET, ROSTER_PROCORE_CLIENT_ID/_SECRET.")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Read the bearer token from FILE (one line; not visible in `ps`).")
    java.nio.file.Path tokenFile;

    @Option(names = "--verbose", description = "Log every request (method, path, status, attempt, latency); secrets redacted.")
    boolean verbose;

    @Option(names = "--output", paramLabel = "json|text", defaultValue = "text",
            description = "text (default) or json (prints the response body).")
    Output output;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "5",
            description = "Attempts per request in all, retries included (default ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "0",
            description = "Pace requests to at most N per minute in each vendor rate-limit group, shared by the clients of the"
                    + " same credentials (e.g. 100, Autodesk's write limit). 0: no pacing.")
    int requestsPerMinute;

    @Option(names = "--proxy", paramLabel = "URL|none",
            description = "Send API and token calls through this proxy: http://[user:password@]host:port, or none."
                    + " Default: HTTPS_PROXY (HTTP_PROXY for an http --base-url) with NO_PROXY, else the JVM's"
                    + " https.proxyHost/https.proxyPort/http.nonProxyHosts.")
    String proxy;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Take the base URL, region, Procore environment and the names of the credential variables"
                    + " from this profile of $XDG_CONFIG_HOME/roster/config.yaml (else ~/.config/roster/config.yaml;"
                    + " ROSTER_CONFIG names another file). Default: ROSTER_PROFILE, else the profile default if any."
                    + " Options override the profile.")
    String profile;

    private Profile loaded;

    /** The profile in use ({@link Profiles}), read once. */
    Profile profile(CliContext ctx) {
        if (loaded == null) {
            loaded = Profiles.load(profile, ctx);
        }
        return loaded;
    }

    /** {@code --base-url}, else the profile's, else null (the vendor). */
    String baseUrl(CliContext ctx) {
        return baseUrl != null ? baseUrl : profile(ctx).baseUrl();
    }

    /** The proxy of API and token calls: {@link ProxySettings}. */
    ProxyOptions proxy(CliContext ctx) {
        return ProxySettings.resolve(proxy, baseUrl(ctx), ctx);
    }

    HttpOptions httpOptions(CliContext ctx) {
        if (maxAttempts < 1) {
            throw new InvalidInputException("--max-attempts must be at least 1, was " + maxAttempts);
        }
        if (requestsPerMinute < 0) {
            throw new InvalidInputException("--requests-per-minute must not be negative, was " + requestsPerMinute);
        }
        return HttpOptions.builder()
                .retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts).build())
                .requestsPerMinute(requestsPerMinute)
                .proxy(proxy(ctx))
                .build();
    }
}
