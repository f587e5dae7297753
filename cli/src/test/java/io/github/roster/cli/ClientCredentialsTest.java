package io.github.roster.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client credentials from the environment are exchanged for a token, which then authenticates the call. */
class ClientCredentialsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @Test
    void autodeskClientCredentialsFromTheEnvironment() {
        server.stubFor(post(urlEqualTo("/authentication/v2/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\":\"issued-ad\",\"token_type\":\"Bearer\",\"expires_in\":3599}")));
        server.stubFor(patch(urlPathMatching("/hq/v1/accounts/.*")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"a75e8769-621e-40b6-a524-0cffdd2f784e\",\"status\":\"inactive\"}")));

        Cli.Result r = Cli.run(Map.of("ROSTER_AUTODESK_CLIENT_ID", "my-id", "ROSTER_AUTODESK_CLIENT_SECRET", "my-secret"),
                "bim360", "update-user", "--base-url", server.baseUrl(), "--account",
                "9dbb160e-b904-458b-bc5c-ed184687592d", "--user", "a75e8769-621e-40b6-a524-0cffdd2f784e",
                "--status", "inactive", "--verbose");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String basic = "Basic " + Base64.getEncoder().encodeToString("my-id:my-secret".getBytes(StandardCharsets.UTF_8));
        server.verify(postRequestedFor(urlEqualTo("/authentication/v2/token")).withHeader("Authorization", equalTo(basic)));
        server.verify(patchRequestedFor(urlPathMatching("/hq/v1/accounts/.*"))
                .withHeader("Authorization", equalTo("Bearer issued-ad")));
        assertThat(r.out() + r.err()).doesNotContain("my-secret").doesNotContain("issued-ad");
    }

    @Test
    void procoreClientCredentialsFromTheEnvironment() {
        server.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\":\"issued-pc\",\"token_type\":\"bearer\",\"expires_in\":5400,"
                        + "\"created_at\":1700000000}")));
        server.stubFor(patch(urlPathMatching("/rest/v1.3/companies/8089/users/.*")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":1234567890123,\"last_name\":\"Smith\",\"is_active\":true}")));

        Cli.Result r = Cli.run(Map.of("ROSTER_PROCORE_CLIENT_ID", "pc-id", "ROSTER_PROCORE_CLIENT_SECRET", "pc-secret"),
                "procore", "update-user", "--base-url", server.baseUrl(), "--company", "8089",
                "--user", "1234567890123", "--last-name", "Smith", "--email", "john.smith@example.com");

        assertThat(r.exitCode()).as(r.err()).isZero();
        server.verify(postRequestedFor(urlEqualTo("/oauth/token")));
        server.verify(patchRequestedFor(urlPathMatching("/rest/v1.3/companies/8089/users/.*"))
                .withHeader("Authorization", equalTo("Bearer issued-pc")));
    }

    @Test
    void refusedCredentialsExitThreeWithoutTheSecret() {
        server.stubFor(post(urlEqualTo("/authentication/v2/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"developerMessage\":\"The client_id specified does not have access\",\"errorCode\":\"AUTH-001\"}")));

        Cli.Result r = Cli.run(Map.of("ROSTER_AUTODESK_CLIENT_ID", "my-id", "ROSTER_AUTODESK_CLIENT_SECRET", "my-secret"),
                "bim360", "update-user", "--base-url", server.baseUrl(), "--account",
                "9dbb160e-b904-458b-bc5c-ed184687592d", "--user", "a75e8769-621e-40b6-a524-0cffdd2f784e",
                "--status", "inactive");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("AUTH-001").doesNotContain("my-secret");
    }
}
