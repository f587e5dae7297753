package io.github.roster.auth;

import io.github.roster.internal.BaseUrls;
import io.github.roster.internal.TokenCache;
import io.github.roster.internal.TokenEndpoint;
import io.github.roster.procore.ProcoreEnvironment;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Procore client-credentials tokens (a service account / Developer Managed Service Account), cached until
 * shortly before they expire. Immutable and thread-safe: build one per app and share it.
 *
 * <p>Sends {@code POST {loginBaseUrl}/oauth/token} with the form fields {@code grant_type=client_credentials},
 * {@code client_id} and {@code client_secret}, as Procore documents. The token is reused until
 * {@code expires_in} (5400 s today) minus {@link Builder#expiryMargin(Duration) a margin}, measured on the
 * local clock from when the request was sent (Procore's {@code created_at} is the server's clock and is not
 * trusted for that); many threads needing a new token at once send one request. The secret and tokens never
 * appear in logs, exception messages or {@link #toString()}.
 *
 * <pre>{@code
 * TokenProvider tokens = ProcoreClientCredentials.builder()
 *         .environment(ProcoreEnvironment.SANDBOX)
 *         .clientId(System.getenv("PROCORE_CLIENT_ID"))
 *         .clientSecret(System.getenv("PROCORE_CLIENT_SECRET"))
 *         .build();
 * }</pre>
 */
public final class ProcoreClientCredentials implements TokenProvider {

    /** The path of the token endpoint under the login base URL. */
    static final String TOKEN_PATH = "/oauth/token";

    private final URI tokenUrl;
    private final String clientId;
    private final TokenCache cache;

    private ProcoreClientCredentials(Builder b) {
        this.tokenUrl = URI.create(BaseUrls.withoutTrailingSlash(b.loginBaseUrl) + TOKEN_PATH);
        this.clientId = b.clientId;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", b.clientId);
        form.put("client_secret", b.clientSecret);
        List<String> secrets = List.of(b.clientSecret);
        TokenEndpoint endpoint = new TokenEndpoint(tokenUrl, b.connectTimeout, b.readTimeout, b.clock, b.proxy);
        this.cache = new TokenCache("Procore token", () -> endpoint.request(form, Map.of(), secrets),
                b.clock, b.expiryMargin);
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cached token, or a new one when there is none or it is about to expire.
     *
     * @return the access token
     * @throws io.github.roster.error.TokenRequestException when Procore refuses (e.g. a wrong secret)
     * @throws io.github.roster.error.TransportException when the login host cannot be reached
     */
    @Override
    public String token() {
        return cache.token();
    }

    /**
     * Drops the cached token if it is {@code rejected}, so the next {@link #token()} fetches a new one.
     *
     * @param rejected the token a server answered 401 to
     */
    @Override
    public void invalidate(String rejected) {
        cache.invalidate(rejected);
    }

    /**
     * The client id (not a secret): requests of clients sharing it share the vendor's rate limits.
     *
     * @return the client id
     */
    public String clientId() {
        return clientId;
    }

    @Override
    public String toString() {
        return "ProcoreClientCredentials{tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=****}";
    }

    /** Builds {@link ProcoreClientCredentials}. */
    public static final class Builder extends ClientCredentialsBuilder<Builder> {
        private URI loginBaseUrl = URI.create(ProcoreEnvironment.PRODUCTION.loginBaseUrl());

        private Builder() {
        }

        /**
         * Gets tokens from an environment's login host (default production, {@code https://login.procore.com}).
         *
         * @param environment the environment
         * @return this builder
         */
        public Builder environment(ProcoreEnvironment environment) {
            this.loginBaseUrl = URI.create(Objects.requireNonNull(environment, "environment").loginBaseUrl());
            return this;
        }

        /**
         * Gets tokens from any login host; plain http only for loopback hosts.
         *
         * @param loginBaseUrl e.g. a test server's {@code http://127.0.0.1:8080}
         * @return this builder
         */
        public Builder loginBaseUrl(String loginBaseUrl) {
            this.loginBaseUrl = BaseUrls.check(loginBaseUrl);
            return this;
        }

        /**
         * Builds the provider. Sends nothing: the first token is fetched by the first call that needs it.
         *
         * @return the provider
         * @throws IllegalStateException when the client id or secret is missing
         */
        public ProcoreClientCredentials build() {
            requireIdAndSecret();
            return new ProcoreClientCredentials(this);
        }

        @Override
        public String toString() {
            return "ProcoreClientCredentials.Builder{loginBaseUrl=" + loginBaseUrl + ", clientId=" + clientId + '}';
        }
    }
}
