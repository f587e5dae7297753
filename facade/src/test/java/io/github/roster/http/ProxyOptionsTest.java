package io.github.roster.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proxy settings: validation naming every bad field, non-proxy host patterns, secrets kept out of text. */
class ProxyOptionsTest {

    @Test
    void aBadHostAndPortAreBothNamed() {
        assertThatThrownBy(() -> ProxyOptions.of(" ", 70000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy host").hasMessageContaining("proxy port must be 1 to 65535, was 70000");
    }

    @Test
    void badCredentialsAndPatternsAreNamed() {
        ProxyOptions p = ProxyOptions.of("proxy.corp.example", 3128);
        assertThatThrownBy(() -> p.withCredentials("", null))
                .hasMessageContaining("proxy username").hasMessageContaining("proxy password");
        assertThatThrownBy(() -> p.withNonProxyHosts(Arrays.asList("ok.example", " ", "a/b")))
                .hasMessageContaining("nonProxyHosts[1]").hasMessageContaining("nonProxyHosts[2]")
                .hasMessageNotContaining("nonProxyHosts[0]");
        assertThatThrownBy(() -> ProxyOptions.none().withCredentials("u", "p"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nonProxyPatternsMatchExactSuffixAndPrefixHosts() {
        ProxyOptions p = ProxyOptions.of("proxy", 8080)
                .withNonProxyHosts(List.of("Internal.Example", "*.corp.example", ".lan", "10.*", "[::1]"));
        assertThat(p.bypasses("internal.example")).isTrue();
        assertThat(p.bypasses("api.internal.example")).isTrue();
        assertThat(p.bypasses("corp.example")).isTrue();
        assertThat(p.bypasses("hr.corp.example")).isTrue();
        assertThat(p.bypasses("printer.lan")).isTrue();
        assertThat(p.bypasses("10.1.2.3")).isTrue();
        assertThat(p.bypasses("developer.api.autodesk.com")).isFalse();
        assertThat(p.bypasses("notinternal.example")).isFalse();
        assertThat(p.bypasses("110.1.2.3")).isFalse();
        assertThat(ProxyOptions.of("proxy", 8080).withNonProxyHosts(List.of("*")).bypasses("anything")).isTrue();
    }

    @Test
    void thePasswordIsNeverPrinted() {
        ProxyOptions p = ProxyOptions.of("proxy", 8080).withCredentials("me", "s3cret-Pw");
        assertThat(p.toString()).contains("me").doesNotContain("s3cret-Pw");
        assertThat(HttpOptions.builder().proxy(p).build().proxy()).isEqualTo(p);
        assertThat(HttpOptions.defaults().proxy()).isEqualTo(ProxyOptions.systemProperties());
    }
}
