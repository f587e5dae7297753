package io.github.roster.http;

import io.github.roster.auth.TokenProvider;
import io.github.roster.internal.BaseUrls;
import java.net.URI;
import java.util.Objects;

/**
 * The settings every Roster client takes: where requests go, where tokens come from, and how HTTP behaves.
 * Extended by each client's builder.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private URI baseUrl;
    private TokenProvider tokenProvider;
    private HttpOptions httpOptions = HttpOptions.defaults();

    /**
     * Starts a builder.
     *
     * @param defaultBaseUrl the vendor's production base URL
     */
    protected ClientBuilder(String defaultBaseUrl) {
        this.baseUrl = URI.create(defaultBaseUrl);
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Sends requests to any base URL, e.g. a local sandbox; plain http only for loopback hosts.
     *
     * @param baseUrl e.g. the sandbox's {@code http://127.0.0.1:8080}
     * @return this builder
     * @throws IllegalArgumentException when the URL is not absolute http(s), or plain http to another host
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = BaseUrls.check(baseUrl);
        return self();
    }

    /**
     * Sets where bearer tokens come from (required).
     *
     * @param tokenProvider the provider
     * @return this builder
     */
    public B tokenProvider(TokenProvider tokenProvider) {
        this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
        return self();
    }

    /**
     * Sets timeouts, pool size, retries and pacing (default {@link HttpOptions#defaults()}).
     *
     * @param httpOptions the options
     * @return this builder
     */
    public B httpOptions(HttpOptions httpOptions) {
        this.httpOptions = Objects.requireNonNull(httpOptions, "httpOptions");
        return self();
    }

    /**
     * Sets the base URL without the http check, for vendor hosts known to be https.
     *
     * @param baseUrl the base URL
     */
    protected void vendorBaseUrl(String baseUrl) {
        this.baseUrl = URI.create(baseUrl);
    }

    /**
     * The base URL set.
     *
     * @return the base URL
     */
    protected URI baseUrl() {
        return baseUrl;
    }

    /**
     * The token provider, checked to be set.
     *
     * @return the provider
     * @throws IllegalStateException when none was set
     */
    protected TokenProvider requiredTokenProvider() {
        if (tokenProvider == null) {
            throw new IllegalStateException("tokenProvider is required");
        }
        return tokenProvider;
    }

    /**
     * The HTTP options set.
     *
     * @return the options
     */
    protected HttpOptions httpOptions() {
        return httpOptions;
    }
}
