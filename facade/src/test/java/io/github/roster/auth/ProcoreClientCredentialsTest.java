package io.github.roster.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.error.TokenRequestException;
import io.github.roster.http.FakeTime;
import io.github.roster.http.Loopback;
import io.github.roster.procore.ProcoreEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Procore client credentials: form fields, login hosts, caching, errors. */
class ProcoreClientCredentialsTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    static final String TOKEN_PATH = "/oauth/token";
    static final String CLIENT_ID = "procore-client-31x";
    static final String SECRET = "procore-secret-&=+ q";

    private final FakeTime time = new FakeTime();

    private ProcoreClientCredentials.Builder credentials() {
        return ProcoreClientCredentials.builder()
                .loginBaseUrl(server.baseUrl())
                .clientId(CLIENT_ID)
                .clientSecret(SECRET)
                .clock(time);
    }

    static ResponseDefinitionBuilder token(String token) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":5400,"
                        + "\"created_at\":" + FakeTime.START.getEpochSecond() + "}");
    }

    private void answers(ResponseDefinitionBuilder... responses) {
        Loopback.answerInOrder(server, () -> post(urlEqualTo(TOKEN_PATH)), responses);
    }

    @Test
    void sendsTheDocumentedFormFields() {
        answers(token("pc-tok-1"));

        assertThat(credentials().build().token()).isEqualTo("pc-tok-1");

        server.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("client_id", equalTo(CLIENT_ID))
                .withFormParam("client_secret", equalTo(SECRET))
                .withHeader("Authorization", absent()));
    }

    @Test
    void reusesTheTokenFor5400SecondsMinusTheMargin() {
        answers(token("pc-tok-1"), token("pc-tok-2"));
        ProcoreClientCredentials tokens = credentials().build();

        tokens.token();
        time.advance(Duration.ofSeconds(5339));
        assertThat(tokens.token()).isEqualTo("pc-tok-1");
        time.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("pc-tok-2");
        server.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    @Test
    void invalidateFetchesANewTokenNextTime() {
        answers(token("pc-tok-1"), token("pc-tok-2"));
        ProcoreClientCredentials tokens = credentials().build();

        tokens.invalidate(tokens.token());

        assertThat(tokens.token()).isEqualTo("pc-tok-2");
    }

    @Test
    void anOAuthErrorGivesItsCodeAndDescription() {
        answers(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed due to"
                        + " unknown client, no client authentication included, or unsupported authentication method.\"}"));

        TokenRequestException e = catchThrowableOfType(TokenRequestException.class, credentials().build()::token);

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.vendorCode()).contains("invalid_client");
        assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("Client authentication failed"));
        assertThat(e.getMessage()).contains("/oauth/token").doesNotContain(SECRET).doesNotContain("procore-secret");
    }

    @Test
    void theLoginHostFollowsTheEnvironment() {
        ProcoreClientCredentials.Builder b = ProcoreClientCredentials.builder().clientId(CLIENT_ID).clientSecret(SECRET);

        assertThat(b.build().toString()).contains("https://login.procore.com/oauth/token");
        assertThat(b.environment(ProcoreEnvironment.SANDBOX).build().toString())
                .contains("https://login-sandbox.procore.com/oauth/token");
        assertThat(b.environment(ProcoreEnvironment.FEDERAL).build().toString())
                .contains("https://login.procoregov.com/oauth/token")
                .doesNotContain(SECRET);
    }

    @Test
    void plainHttpIsAllowedOnlyToLoopback() {
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().loginBaseUrl("http://login.procore.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
