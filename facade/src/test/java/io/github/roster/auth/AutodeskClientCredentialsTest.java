package io.github.roster.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.error.TokenRequestException;
import io.github.roster.error.TransportException;
import io.github.roster.http.FakeTime;
import io.github.roster.http.Loopback;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autodesk two-legged OAuth v2: the request's shape, caching, invalidation and errors. */
class AutodeskClientCredentialsTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    static final String TOKEN_PATH = "/authentication/v2/token";
    static final String CLIENT_ID = "aps-client-7Qk2";
    static final String SECRET = "aps-secret-Zx81+/Wq=";

    private final FakeTime time = new FakeTime();

    private AutodeskClientCredentials.Builder credentials() {
        return AutodeskClientCredentials.builder()
                .authBaseUrl(server.baseUrl())
                .clientId(CLIENT_ID)
                .clientSecret(SECRET)
                .clock(time);
    }

    static ResponseDefinitionBuilder token(String token, long expiresIn) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
    }

    private void answers(ResponseDefinitionBuilder... responses) {
        Loopback.answerInOrder(server, () -> post(urlEqualTo(TOKEN_PATH)), responses);
    }

    private void verifyTokenRequests(int n) {
        server.verify(n, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void sendsTheClientCredentialsOnlyAsBasicAuthorization() {
        answers(token("tok-1", 3599));

        assertThat(credentials().build().token()).isEqualTo("tok-1");

        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        server.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("scope", equalTo("account:read account:write"))
                .withFormParam("client_id", absent())
                .withFormParam("client_secret", absent())
                .withRequestBody(notContaining(CLIENT_ID))
                .withRequestBody(notContaining("aps-secret")));
    }

    @Test
    void asksForTheScopesSet() {
        answers(token("tok-1", 3599));

        credentials().scopes("account:read").build().token();

        server.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withFormParam("scope", equalTo("account:read")));
    }

    @Test
    void reusesTheTokenUntilExpiresInMinusTheMargin() {
        answers(token("tok-1", 3600), token("tok-2", 3600));
        AutodeskClientCredentials tokens = credentials().build();

        assertThat(tokens.token()).isEqualTo("tok-1");
        time.advance(Duration.ofSeconds(3539));
        assertThat(tokens.token()).isEqualTo("tok-1");
        verifyTokenRequests(1);

        time.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("tok-2");
        verifyTokenRequests(2);
    }

    @Test
    void theMarginCanBeSet() {
        answers(token("tok-1", 3600), token("tok-2", 3600));
        AutodeskClientCredentials tokens = credentials().expiryMargin(Duration.ofMinutes(10)).build();

        tokens.token();
        time.advance(Duration.ofSeconds(2999));
        assertThat(tokens.token()).isEqualTo("tok-1");
        time.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("tok-2");
    }

    @Test
    void aShortLivedTokenIsStillReusedForHalfItsLife() {
        answers(token("tok-1", 60), token("tok-2", 60));
        AutodeskClientCredentials tokens = credentials().build();

        tokens.token();
        time.advance(Duration.ofSeconds(29));
        assertThat(tokens.token()).isEqualTo("tok-1");
        time.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("tok-2");
    }

    @Test
    void aTokenWithoutExpiresInIsNotCached() {
        answers(aResponse().withStatus(200).withBody("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\"}"),
                token("tok-2", 3600));
        AutodeskClientCredentials tokens = credentials().build();

        assertThat(tokens.token()).isEqualTo("tok-1");
        assertThat(tokens.token()).isEqualTo("tok-2");
        verifyTokenRequests(2);
    }

    @Test
    void invalidateDropsTheCachedTokenOnlyWhileItIsStillTheRefusedOne() {
        answers(token("tok-1", 3600), token("tok-2", 3600), token("tok-3", 3600));
        AutodeskClientCredentials tokens = credentials().build();

        assertThat(tokens.token()).isEqualTo("tok-1");
        tokens.invalidate("tok-1");
        assertThat(tokens.token()).isEqualTo("tok-2");
        tokens.invalidate("tok-1"); // a late 401 for the old token: tok-2 stays
        tokens.invalidate("something-else");
        assertThat(tokens.token()).isEqualTo("tok-2");

        verifyTokenRequests(2);
    }

    @Test
    void aRefusalCarriesTheStatusAndTheVendorsMessageButNotTheSecret() {
        answers(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"developerMessage\":\"The client_id specified does not have access to the api product\","
                        + "\"errorCode\":\"AUTH-001\",\"more info\":\"https://aps.autodesk.com/en/docs/oauth/v2/"
                        + "developers_guide/error_handling/\"}"));
        AutodeskClientCredentials tokens = credentials().build();

        TokenRequestException e = catchThrowableOfType(TokenRequestException.class, tokens::token);

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.vendorCode()).contains("AUTH-001");
        assertThat(e.vendorMessage()).contains("The client_id specified does not have access to the api product");
        assertThat(e.path()).isEqualTo(TOKEN_PATH);
        assertThat(e.getMessage()).contains("401").contains("does not have access")
                .doesNotContain(SECRET).doesNotContain("aps-secret");
        assertThat(e.toString()).doesNotContain("aps-secret");
    }

    @Test
    void aSecretEchoedByTheEndpointIsScrubbed() {
        answers(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"developerMessage\":\"bad client_secret " + SECRET + "\",\"errorCode\":\"AUTH-003\"}"));

        TokenRequestException e = catchThrowableOfType(TokenRequestException.class, credentials().build()::token);

        assertThat(e.rawBody()).doesNotContain(SECRET).contains("[redacted]");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void anAnswerWithoutAnAccessTokenIsUnreadableAndNotQuoted() {
        answers(aResponse().withStatus(200).withBody("{\"accessToken\":\"leaked-tok-9\",\"expires_in\":3599}"));

        TransportException e = catchThrowableOfType(TransportException.class, credentials().build()::token);

        assertThat(e.responseUnreadable()).isTrue();
        assertThat(e).hasMessageContaining("access_token").hasNoCause();
        assertThat(e.getMessage()).doesNotContain("leaked-tok-9");
    }

    @Test
    void theReadTimeoutApplies() {
        // with the 30 s default the delayed token would arrive and token() would succeed
        answers(token("tok-1", 3600).withFixedDelay(2000));
        AutodeskClientCredentials tokens = credentials().readTimeout(Duration.ofMillis(300)).build();

        TransportException e = catchThrowableOfType(TransportException.class, tokens::token);

        assertThat(e.requestMayHaveBeenProcessed()).isTrue();
        assertThat(e).hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aRefusedConnectionIsATransportFailureBeforeSending() {
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder()
                .authBaseUrl("http://127.0.0.1:" + Loopback.closedPort())
                .clientId(CLIENT_ID).clientSecret(SECRET).build();

        TransportException e = catchThrowableOfType(TransportException.class, tokens::token);

        assertThat(e.requestMayHaveBeenProcessed()).isFalse();
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void plainHttpIsAllowedOnlyToLoopback() {
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().authBaseUrl("http://auth.example.com"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(AutodeskClientCredentials.builder().authBaseUrl("https://developer.api.autodesk.com/")
                .clientId(CLIENT_ID).clientSecret(SECRET).build())
                .hasToString("AutodeskClientCredentials{tokenUrl=https://developer.api.autodesk.com"
                        + "/authentication/v2/token, clientId=" + CLIENT_ID
                        + ", scopes=[account:read, account:write], clientSecret=****}");
    }

    @Test
    void theDefaultsAreAutodesksProductionHostAndAccountScopes() {
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder().clientId(CLIENT_ID)
                .clientSecret(SECRET).build();

        assertThat(tokens.scopes()).containsExactly("account:read", "account:write");
        assertThat(tokens.toString()).contains("https://developer.api.autodesk.com/authentication/v2/token");
    }

    @Test
    void neitherTheSecretNorTheTokenIsInToString() {
        answers(token("tok-visible-nowhere", 3600));
        AutodeskClientCredentials tokens = credentials().build();
        tokens.token();

        assertThat(tokens.toString()).doesNotContain(SECRET).doesNotContain("tok-visible-nowhere");
        assertThat(credentials().toString()).doesNotContain(SECRET);
    }

    @Test
    void theIdAndSecretAreRequiredAndScopesAreSingleWords() {
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().clientId(CLIENT_ID).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().clientSecret(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().scopes("account:read account:write"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
