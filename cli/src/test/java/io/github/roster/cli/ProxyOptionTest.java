package io.github.roster.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --proxy}, {@code HTTP_PROXY}/{@code HTTPS_PROXY} and {@code NO_PROXY}: token and API calls take the
 * same route, through a real forward proxy on loopback (WireMock in browser-proxying mode) or directly.
 */
class ProxyOptionTest {

    @RegisterExtension
    static WireMockExtension target = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").enableBrowserProxying(true)).build();

    static final String TOKEN_PATH = "/authentication/v2/token";
    static final String SECRET = "cli-secret-77";

    @BeforeEach
    void targetAnswers() {
        target.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\":\"issued-ad\",\"token_type\":\"Bearer\",\"expires_in\":3599}")));
        target.stubFor(patch(urlPathMatching("/hq/v1/accounts/.*")).willReturn(aResponse().withStatus(200)
                .withBody("{\"id\":\"a75e8769-621e-40b6-a524-0cffdd2f784e\",\"status\":\"inactive\"}")));
    }

    private static Cli.Result deactivate(Map<String, String> extraEnv, String... proxyArgs) {
        Map<String, String> env = new HashMap<>(Map.of("ROSTER_AUTODESK_CLIENT_ID", "my-id",
                "ROSTER_AUTODESK_CLIENT_SECRET", SECRET));
        env.putAll(extraEnv);
        List<String> args = new java.util.ArrayList<>(List.of("bim360", "update-user", "--base-url", target.baseUrl(),
                "--account", "9dbb160e-b904-458b-bc5c-ed184687592d", "--user", "a75e8769-621e-40b6-a524-0cffdd2f784e",
                "--status", "inactive", "--verbose"));
        args.addAll(List.of(proxyArgs));
        return Cli.run(env, args.toArray(String[]::new));
    }

    private static String proxyUrl() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    private static List<String> seenByProxy() {
        return proxy.findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getMethod() + " " + r.getUrl())
                .map(s -> s.replaceFirst(" /hq/.*", " /hq/..."))
                .collect(Collectors.toList());
    }

    private static void arrivedAtTarget() {
        target.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        target.verify(1, patchRequestedFor(urlPathMatching("/hq/v1/accounts/.*"))
                .withHeader("Authorization", equalTo("Bearer issued-ad")));
    }

    @Test
    void proxyWithCredentialsCarriesTokenAndApiCallsAndNeverPrintsThePassword() {
        proxy.stubFor(any(anyUrl()).atPriority(1).withHeader("Proxy-Authorization", absent())
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));

        Cli.Result r = deactivate(Map.of(), "--proxy", "http://corp%5Cme:p%40ss-Word9@127.0.0.1:" + proxy.getPort());

        assertThat(r.exitCode()).as(r.err()).isZero();
        arrivedAtTarget();
        String basic = "Basic " + Base64.getEncoder().encodeToString("corp\\me:p@ss-Word9".getBytes(StandardCharsets.UTF_8));
        List<LoggedRequest> authorised = proxy.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(q -> q.containsHeader("Proxy-Authorization")).collect(Collectors.toList());
        assertThat(authorised).extracting(q -> q.getMethod().getName()).containsExactlyInAnyOrder("POST", "PATCH");
        assertThat(authorised).allSatisfy(q -> assertThat(q.getHeader("Proxy-Authorization")).isEqualTo(basic));
        assertThat(r.out() + r.err()).doesNotContain("p@ss-Word9").doesNotContain("p%40ss").doesNotContain(basic);
    }

    @Test
    void theSchemesProxyVariableIsHonouredForTokenAndApiCalls() {
        Cli.Result r = deactivate(Map.of("HTTP_PROXY", proxyUrl()));

        assertThat(r.exitCode()).as(r.err()).isZero();
        arrivedAtTarget();
        assertThat(seenByProxy()).containsExactlyInAnyOrder("POST " + TOKEN_PATH, "PATCH /hq/...");
    }

    @Test
    void noProxyHostsGoDirect() {
        Cli.Result r = deactivate(Map.of("http_proxy", proxyUrl(), "NO_PROXY", "example.com, localhost:" + target.getPort()));

        assertThat(r.exitCode()).as(r.err()).isZero();
        arrivedAtTarget();
        assertThat(seenByProxy()).isEmpty();
    }

    @Test
    void httpsProxyIsNotUsedForAPlainHttpBaseUrlAndProxyNoneOverridesTheEnvironment() {
        Cli.Result r = deactivate(Map.of("HTTPS_PROXY", proxyUrl()));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(seenByProxy()).isEmpty();

        target.resetRequests();
        Cli.Result none = deactivate(Map.of("HTTP_PROXY", proxyUrl()), "--proxy", "none");
        assertThat(none.exitCode()).as(none.err()).isZero();
        arrivedAtTarget();
        assertThat(seenByProxy()).isEmpty();
    }

    @Test
    void aBadProxyIsNamedWithoutItsPasswordAndNothingIsSent() {
        Cli.Result r = deactivate(Map.of(), "--proxy", "https://me:hunter2@proxy.example:99999");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--proxy").doesNotContain("hunter2");
        Cli.Result port = deactivate(Map.of("HTTP_PROXY", "http://me:hunter2@127.0.0.1:70000"));
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("HTTP_PROXY").doesNotContain("hunter2");
        assertThat(target.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(seenByProxy()).isEmpty();
    }
}
