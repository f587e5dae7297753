package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.roster.http.Bim360PatchRetryTest.ACCOUNT;
import static io.github.roster.http.Bim360PatchRetryTest.PATH;
import static io.github.roster.http.Bim360PatchRetryTest.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.error.ApiException;
import io.github.roster.error.TokenRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A secret a server quotes back, in any encoding JSON allows, never reaches an exception's message or body;
 * only whole secrets are redacted, and test-length "tokens" garble nothing.
 */
class EchoedSecretsTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private ApiException getUserFailure(String token, String body) {
        server.resetAll();
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(body)));
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(token))
                .build()) {
            return catchThrowableOfType(ApiException.class, () -> client.getAccountUser(ACCOUNT, USER));
        }
    }

    @Test
    void aTokenEchoedJsonEscapedIsRedactedInTheMessageAndTheBody() {
        String token = "eyJhbGci/OiJSUzI1NiJ9.payload/sig";
        String escaped = token.replace("/", "\\/");

        ApiException e = getUserFailure(token, "{\"developerMessage\":\"token " + escaped + " may not read\","
                + "\"errorCode\":\"AUTH-012\"}");

        assertThat(e.getMessage()).doesNotContain(token).doesNotContain(escaped).contains("[redacted]");
        assertThat(e.rawBody()).doesNotContain(token).doesNotContain(escaped);
        assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(token));
    }

    @Test
    void aTokenEchoedWithUnicodeEscapesIsRedactedAfterDecoding() {
        String token = "abcdefgh12345678";

        ApiException e = getUserFailure(token, "{\"developerMessage\":\"token \\u0061bcdefgh12345678 refused\","
                + "\"errorCode\":\"AUTH-012\"}");

        assertThat(e.getMessage()).doesNotContain(token).contains("[redacted]");
    }

    @Test
    void onlyWholeTokensAreRedactedAndTestLengthTokensNotAtAll() {
        ApiException shortToken = getUserFailure("t", "{\"developerMessage\":\"this user cannot do that\"}");
        assertThat(shortToken.getMessage()).contains("this user cannot do that").doesNotContain("[redacted]");

        ApiException longer = getUserFailure("abcdefgh", "{\"developerMessage\":\"xabcdefghx abcdefgh\"}");
        assertThat(longer.getMessage()).contains("xabcdefghx [redacted]");
    }

    @Test
    void aClientSecretWithQuotesAndBackslashesIsRedactedInEveryForm() {
        String secret = "s3cr\"et\\value/42";
        String jsonEscaped = "s3cr\\\"et\\\\value\\/42";
        server.resetAll();
        server.stubFor(post(urlEqualTo("/authentication/v2/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"developerMessage\":\"bad client_secret " + jsonEscaped + "\",\"errorCode\":\"AUTH-003\"}")));
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder()
                .authBaseUrl(server.baseUrl()).clientId("client-id-1").clientSecret(secret).build();

        TokenRequestException e = catchThrowableOfType(TokenRequestException.class, tokens::token);

        assertThat(e.getMessage()).doesNotContain(secret).doesNotContain(jsonEscaped).contains("[redacted]");
        assertThat(e.rawBody()).doesNotContain(jsonEscaped);
    }
}
