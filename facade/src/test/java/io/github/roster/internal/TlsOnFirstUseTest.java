package io.github.roster.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TLS made on first use is HttpClient's default one: it upgrades https connections and checks the server's
 * certificate against the JDK's trust store (WireMock's self-signed certificate is refused), and plain http
 * connections never make it.
 */
class TlsOnFirstUseTest {

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get("/health").willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void httpsGoesThroughTheDefaultTlsAndItsTrustStore() throws Exception {
        try (CloseableHttpClient http = HttpClients.custom().setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create().setTlsSocketStrategy(new TlsOnFirstUse()).build())
                .build()) {
            String plain = http.execute(new HttpGet("http://127.0.0.1:" + server.port() + "/health"),
                    response -> EntityUtils.toString(response.getEntity()));
            assertThat(plain).isEqualTo("ok");
            assertThatThrownBy(() -> http.execute(new HttpGet("https://127.0.0.1:" + server.httpsPort() + "/health"),
                    response -> EntityUtils.toString(response.getEntity())))
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("PKIX");
        }
    }
}
