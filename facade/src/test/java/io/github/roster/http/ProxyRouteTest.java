package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.internal.ProxyRoute;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * API calls (Apache HttpClient 5) and token calls (the JDK client) take the same route through a real forward
 * proxy on loopback: WireMock in browser-proxying mode, which forwards absolute-URI requests to their target and
 * journals what it saw.
 */
class ProxyRouteTest {

    @RegisterExtension
    static WireMockExtension target = Loopback.wireMock();

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").enableBrowserProxying(true))
            .build();

    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USER = "0f5d7a5e-3f64-4d3d-8b9b-6a1d2c3e4f50";
    static final String USER_PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    static final String TOKEN_PATH = "/authentication/v2/token";
    static final String PROXY_USER = "proxy-user";
    static final String PROXY_PASSWORD = "proxy-pass-Qw9!";

    @BeforeEach
    void targetAnswers() {
        target.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"tok-via-proxy\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        target.stubFor(get(urlEqualTo(USER_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + USER + "\",\"email\":\"via.proxy@example.com\",\"status\":\"active\"}")));
    }

    private ProxyOptions explicitProxy() {
        return ProxyOptions.of("127.0.0.1", proxy.getPort());
    }

    /** One token call and one API call, both built from the same proxy setting. */
    private AccountUser readUserWith(ProxyOptions setting) {
        AutodeskClientCredentials.Builder tokens = AutodeskClientCredentials.builder()
                .authBaseUrl(target.baseUrl()).clientId("id-1").clientSecret("secret-1");
        HttpOptions.Builder http = HttpOptions.builder().retryPolicy(RetryPolicy.none());
        if (setting != null) {
            tokens.proxy(setting);
            http.proxy(setting);
        }
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder().baseUrl(target.baseUrl())
                .tokenProvider(tokens.build()).httpOptions(http.build()).build()) {
            return client.getAccountUser(ACCOUNT, USER);
        }
    }

    private static List<String> seenByProxy() {
        return proxy.findAll(anyRequestedFor(anyUrl())).stream()
                .map(r -> r.getMethod() + " " + r.getAbsoluteUrl().replaceFirst("^https?://[^/]+", ""))
                .collect(Collectors.toList());
    }

    private static void arrivedAtTarget() {
        target.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        target.verify(1, getRequestedFor(urlEqualTo(USER_PATH)));
    }

    @Test
    void tokenAndApiCallsGoThroughAnExplicitProxy() {
        AccountUser user = readUserWith(explicitProxy());

        assertThat(user.getEmail()).isEqualTo("via.proxy@example.com");
        arrivedAtTarget();
        assertThat(seenByProxy()).containsExactlyInAnyOrder("POST " + TOKEN_PATH, "GET " + USER_PATH);
        assertThat(proxy.findAll(anyRequestedFor(anyUrl()))).allSatisfy(r ->
                assertThat(r.isBrowserProxyRequest()).as("forwarded as a proxy request: %s", r.getAbsoluteUrl()).isTrue());
    }

    @Test
    void aProxyAskingForCredentialsGetsThemOnTokenAndApiCallsAndNeverSeesThemInLogsOrText() {
        proxy.stubFor(any(anyUrl()).atPriority(1).withHeader("Proxy-Authorization", absent())
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
        ProxyOptions setting = explicitProxy().withCredentials(PROXY_USER, PROXY_PASSWORD);
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        AccountUser user;
        try {
            user = readUserWith(setting);
        } finally {
            System.setErr(original);
        }

        assertThat(user.getEmail()).isEqualTo("via.proxy@example.com");
        arrivedAtTarget();
        List<LoggedRequest> authorised = proxy.findAll(anyRequestedFor(anyUrl()))
                .stream().filter(r -> r.containsHeader("Proxy-Authorization")).collect(Collectors.toList());
        assertThat(authorised).extracting(r -> r.getMethod() + " " + r.getUrl())
                .containsExactlyInAnyOrder("POST " + TOKEN_PATH, "GET " + USER_PATH);
        assertThat(authorised).allSatisfy(r -> assertThat(r.getHeader("Proxy-Authorization")).isEqualTo(basic));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(PROXY_PASSWORD).doesNotContain(basic);
        assertThat(setting.toString()).contains(PROXY_USER).doesNotContain(PROXY_PASSWORD);
    }

    @Test
    void aNonProxyHostGoesDirect() {
        AccountUser user = readUserWith(explicitProxy().withNonProxyHosts(List.of("localhost", "127.0.0.*")));

        assertThat(user.getEmail()).isEqualTo("via.proxy@example.com");
        arrivedAtTarget();
        assertThat(seenByProxy()).isEmpty();
    }

    @Test
    void byDefaultBothCallsFollowTheJvmDefaultProxySelectorAndNoneIgnoresIt() {
        // the JDK's own default selector never proxies localhost or loopback addresses, whatever
        // http.nonProxyHosts says, so this test installs a JVM-wide selector for the loopback proxy
        ProxySelector saved = ProxySelector.getDefault();
        ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress("127.0.0.1", proxy.getPort())));
        try {
            readUserWith(null);
            arrivedAtTarget();
            assertThat(seenByProxy()).containsExactlyInAnyOrder("POST " + TOKEN_PATH, "GET " + USER_PATH);

            proxy.resetRequests();
            target.resetRequests();
            readUserWith(ProxyOptions.none());
            arrivedAtTarget();
            assertThat(seenByProxy()).isEmpty();
        } finally {
            ProxySelector.setDefault(saved);
        }
    }

    @Test
    void theDefaultRouteReadsTheJvmProxyPropertiesOnEveryConnection() {
        String[] keys = {"https.proxyHost", "https.proxyPort", "http.nonProxyHosts"};
        String[] saved = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            saved[i] = System.getProperty(keys[i]);
        }
        ProxySelector route = new ProxyRoute(ProxyOptions.systemProperties()).selector();
        URI vendor = URI.create("https://developer.api.autodesk.com/authentication/v2/token");
        try {
            System.setProperty("https.proxyHost", "proxy.corp.example");
            System.setProperty("https.proxyPort", "3128");
            System.setProperty("http.nonProxyHosts", "*.internal.example");
            assertThat(route.select(vendor)).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(Proxy.Type.HTTP);
                assertThat(((InetSocketAddress) p.address()).getHostString()).isEqualTo("proxy.corp.example");
                assertThat(((InetSocketAddress) p.address()).getPort()).isEqualTo(3128);
            });
            assertThat(route.select(URI.create("https://hr.internal.example/users"))).containsExactly(Proxy.NO_PROXY);

            System.clearProperty("https.proxyHost");
            assertThat(route.select(vendor)).containsExactly(Proxy.NO_PROXY);
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) {
                    System.clearProperty(keys[i]);
                } else {
                    System.setProperty(keys[i], saved[i]);
                }
            }
        }
    }
}
