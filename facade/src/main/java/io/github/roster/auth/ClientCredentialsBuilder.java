package io.github.roster.auth;

import io.github.roster.http.ProxyOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings every client-credentials provider takes: the app's id and secret, how early a token is
 * replaced, the token endpoint's timeouts and proxy, and the clock. Extended by {@link AutodeskClientCredentials.Builder}
 * and {@link ProcoreClientCredentials.Builder}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientCredentialsBuilder<B extends ClientCredentialsBuilder<B>> {

    String clientId;
    String clientSecret;
    Duration expiryMargin = Duration.ofSeconds(60);
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration readTimeout = Duration.ofSeconds(30);
    Clock clock = Clock.systemUTC();
    ProxyOptions proxy = ProxyOptions.systemProperties();

    ClientCredentialsBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Sets the app's client id (required).
     *
     * @param clientId the client id
     * @return this builder
     */
    public B clientId(String clientId) {
        this.clientId = Credentials.required(clientId, "clientId");
        return self();
    }

    /**
     * Sets the app's client secret (required). It is never logged or printed.
     *
     * @param clientSecret the client secret
     * @return this builder
     */
    public B clientSecret(String clientSecret) {
        this.clientSecret = Credentials.required(clientSecret, "clientSecret");
        return self();
    }

    /**
     * Sets how long before its expiry a token is replaced (default 60 s; at most half its lifetime is used).
     *
     * @param expiryMargin not negative
     * @return this builder
     */
    public B expiryMargin(Duration expiryMargin) {
        this.expiryMargin = Credentials.nonNegative(expiryMargin, "expiryMargin");
        return self();
    }

    /**
     * Sets how long to wait for a connection to the token endpoint (default 10 s).
     *
     * @param connectTimeout positive
     * @return this builder
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Credentials.positive(connectTimeout, "connectTimeout");
        return self();
    }

    /**
     * Sets how long to wait for the token endpoint's answer (default 30 s).
     *
     * @param readTimeout positive
     * @return this builder
     */
    public B readTimeout(Duration readTimeout) {
        this.readTimeout = Credentials.positive(readTimeout, "readTimeout");
        return self();
    }

    /**
     * Sets the clock token expiry is measured on (tests use a fixed one).
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Sets the forward proxy token requests go through (default: the JVM's proxy properties). Give it the same
     * value as the clients' {@code HttpOptions.proxy} so that token and API calls take one route.
     *
     * @param proxy the proxy setting
     * @return this builder
     */
    public B proxy(ProxyOptions proxy) {
        this.proxy = Objects.requireNonNull(proxy, "proxy");
        return self();
    }

    /** Checks the required settings before building. */
    void requireIdAndSecret() {
        Credentials.require(clientId, "clientId");
        Credentials.require(clientSecret, "clientSecret");
    }
}
