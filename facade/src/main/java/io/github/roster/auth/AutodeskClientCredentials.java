package io.github.roster.auth;

import io.github.roster.internal.BaseUrls;
import io.github.roster.internal.TokenCache;
import io.github.roster.internal.TokenEndpoint;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two-legged OAuth v2 tokens from Autodesk Platform Services ({@code client_credentials}), cached until
 * shortly before they expire. Immutable and thread-safe: build one per app and share it.
 *
 * <p>Sends {@code POST {authBaseUrl}/authentication/v2/token} with the form body
 * {@code grant_type=client_credentials&scope=...} and the client id and secret only as
 * {@code Authorization: Basic base64(id:secret)} (Autodesk answers 400 when they are also in the body).
 * The token is reused until {@code expires_in} minus {@link Builder#expiryMargin(Duration) a margin}; many
 * threads needing a new token at once send one request. {@link #invalidate(String)} drops the cached token
 * when a server refused it. The secret and tokens never appear in logs, exception messages or
 * {@link #toString()}.
 *
 * <pre>{@code
 * TokenProvider tokens = AutodeskClientCredentials.builder()
 *         .clientId(System.getenv("APS_CLIENT_ID"))
 *         .clientSecret(System.getenv("APS_CLIENT_SECRET"))
 *         .build();
 * }</pre>
 */
public final class AutodeskClientCredentials implements TokenProvider {

    /** Autodesk Platform Services, production. */
    public static final String DEFAULT_AUTH_BASE_URL = "https://developer.api.autodesk.com";

    /** The scopes asked for unless set: what Account Admin and ACC Admin need. */
    public static final List<String> DEFAULT_SCOPES = List.of("account:read", "account:write");

    /** The path of the token endpoint under the auth base URL. */
    static final String TOKEN_PATH = "/authentication/v2/token";

    private final URI tokenUrl;
    private final String clientId;
    private final List<String> scopes;
    private final TokenCache cache;

    private AutodeskClientCredentials(Builder b) {
        this.tokenUrl = URI.create(BaseUrls.withoutTrailingSlash(b.authBaseUrl) + TOKEN_PATH);
        this.clientId = b.clientId;
        this.scopes = b.scopes;
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (b.clientId + ":" + b.clientSecret).getBytes(StandardCharsets.UTF_8));
        List<String> secrets = List.of(b.clientSecret, basic.substring("Basic ".length()));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", String.join(" ", scopes));
        Map<String, String> headers = Map.of("Authorization", basic);
        TokenEndpoint endpoint = new TokenEndpoint(tokenUrl, b.connectTimeout, b.readTimeout, b.clock, b.proxy);
        this.cache = new TokenCache("Autodesk token", () -> endpoint.request(form, headers, secrets),
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
     * @throws io.github.roster.error.TokenRequestException when Autodesk refuses (e.g. a wrong secret)
     * @throws io.github.roster.error.TransportException when the token endpoint cannot be reached
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
     * The scopes asked for.
     *
     * @return the scopes
     */
    public List<String> scopes() {
        return scopes;
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
        return "AutodeskClientCredentials{tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", scopes=" + scopes
                + ", clientSecret=****}";
    }

    /** Builds {@link AutodeskClientCredentials}. */
    public static final class Builder extends ClientCredentialsBuilder<Builder> {
        private List<String> scopes = DEFAULT_SCOPES;
        private URI authBaseUrl = URI.create(DEFAULT_AUTH_BASE_URL);

        private Builder() {
        }

        /**
         * Sets the scopes to ask for (default {@code account:read account:write}).
         *
         * @param scopes one or more scopes, e.g. {@code account:read}
         * @return this builder
         */
        public Builder scopes(String... scopes) {
            return scopes(List.of(Objects.requireNonNull(scopes, "scopes")));
        }

        /**
         * Sets the scopes to ask for (default {@code account:read account:write}).
         *
         * @param scopes one or more scopes
         * @return this builder
         */
        public Builder scopes(Collection<String> scopes) {
            this.scopes = Credentials.scopes(scopes);
            return this;
        }

        /**
         * Sets where tokens come from (default {@value AutodeskClientCredentials#DEFAULT_AUTH_BASE_URL});
         * plain http only for loopback hosts.
         *
         * @param authBaseUrl e.g. a test server's {@code http://127.0.0.1:8080}
         * @return this builder
         */
        public Builder authBaseUrl(String authBaseUrl) {
            this.authBaseUrl = BaseUrls.check(authBaseUrl);
            return this;
        }

        /**
         * Builds the provider. Sends nothing: the first token is fetched by the first call that needs it.
         *
         * @return the provider
         * @throws IllegalStateException when the client id or secret is missing
         */
        public AutodeskClientCredentials build() {
            requireIdAndSecret();
            return new AutodeskClientCredentials(this);
        }

        @Override
        public String toString() {
            return "AutodeskClientCredentials.Builder{clientId=" + clientId + ", scopes=" + scopes + '}';
        }
    }
}
