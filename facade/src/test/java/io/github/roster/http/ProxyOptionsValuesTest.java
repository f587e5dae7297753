package io.github.roster.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user sets as a proxy: bad input named field by field, NO_PROXY-style patterns, no password printed. */
class ProxyOptionsValuesTest {

    @Test
    void aHostAndPortAreCheckedAndEachBadOneIsNamed() {
        assertThatThrownBy(() -> ProxyOptions.of("proxy corp", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy host must be a host name or address, was 'proxy corp'")
                .hasMessageContaining("proxy port must be 1 to 65535, was 0");
        for (String bad : List.of("", " ", "a/b", "user@proxy", "tab\there")) {
            assertThatThrownBy(() -> ProxyOptions.of(bad, 8080)).as(bad)
                    .hasMessageContaining("proxy host").hasMessageNotContaining("port");
        }
        assertThatThrownBy(() -> ProxyOptions.of(null, 8080)).hasMessageContaining("was null");
        assertThatThrownBy(() -> ProxyOptions.of("proxy", 65536)).hasMessageContaining("was 65536")
                .hasMessageNotContaining("host");

        assertThat(ProxyOptions.of("proxy!", 1).port()).isEqualTo(1);
        ProxyOptions highest = ProxyOptions.of("proxy.corp", 65535);
        assertThat(highest.host()).isEqualTo("proxy.corp");
        assertThat(highest.port()).isEqualTo(65535);
        assertThat(highest.mode()).isEqualTo(ProxyOptions.Mode.EXPLICIT);
    }

    @Test
    void nonProxyHostsBelongToAnExplicitProxyAndBadPatternsAreNamedByPosition() {
        assertThatThrownBy(() -> ProxyOptions.none().withNonProxyHosts(List.of("localhost")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProxyOptions.systemProperties().withNonProxyHosts(List.of("localhost")))
                .isInstanceOf(IllegalStateException.class);

        ProxyOptions proxy = ProxyOptions.of("proxy", 3128);
        assertThatThrownBy(() -> proxy.withNonProxyHosts(java.util.Arrays.asList("ok.example", " ", "a b", null,
                "x/y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nonProxyHosts[1] must be a host pattern, was ' '")
                .hasMessageContaining("nonProxyHosts[2]")
                .hasMessageContaining("nonProxyHosts[3] must be a host pattern, was null")
                .hasMessageContaining("nonProxyHosts[4]")
                .hasMessageNotContaining("nonProxyHosts[0]");
        assertThat(proxy.withNonProxyHosts(List.of(" Intranet.Example! ")).nonProxyHosts())
                .containsExactly("intranet.example!");
    }

    @Test
    void patternsMatchLikeNoProxy() {
        ProxyOptions proxy = ProxyOptions.of("proxy", 3128)
                .withNonProxyHosts(List.of("internal.example", "*.corp.example", ".lan", "10.*", "::1"));

        assertThat(proxy.bypasses("internal.example")).isTrue();
        assertThat(proxy.bypasses("API.Internal.Example")).isTrue();
        assertThat(proxy.bypasses("notinternal.example")).isFalse();
        assertThat(proxy.bypasses("corp.example")).isTrue();
        assertThat(proxy.bypasses("a.b.corp.example")).isTrue();
        assertThat(proxy.bypasses("evilcorp.example")).isFalse();
        assertThat(proxy.bypasses("lan")).isTrue();
        assertThat(proxy.bypasses("printer.lan")).isTrue();
        assertThat(proxy.bypasses("plan")).isFalse();
        assertThat(proxy.bypasses("10.1.2.3")).isTrue();
        assertThat(proxy.bypasses("110.1.2.3")).isFalse();
        assertThat(proxy.bypasses("[::1]")).isTrue();
        assertThat(proxy.bypasses("[::2]")).isFalse();
        assertThat(proxy.bypasses("developer.api.autodesk.com")).isFalse();

        assertThat(ProxyOptions.of("proxy", 3128).bypasses("anything")).isFalse();
        assertThat(ProxyOptions.of("proxy", 3128).withNonProxyHosts(List.of("*")).bypasses("anything")).isTrue();
    }

    @Test
    void equalSettingsAreEqualAndThePasswordIsNeverPrinted() {
        ProxyOptions a = ProxyOptions.of("proxy", 3128).withCredentials("svc", "s3cret-pw")
                .withNonProxyHosts(List.of("localhost"));
        ProxyOptions b = ProxyOptions.of("proxy", 3128).withCredentials("svc", "s3cret-pw")
                .withNonProxyHosts(List.of("LOCALHOST"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(ProxyOptions.of("proxy", 3128).withCredentials("svc", "other")
                .withNonProxyHosts(List.of("localhost")));
        assertThat(a).isNotEqualTo(ProxyOptions.of("proxy", 3129).withCredentials("svc", "s3cret-pw")
                .withNonProxyHosts(List.of("localhost")));
        assertThat(a).isNotEqualTo(ProxyOptions.of("proxy", 3128).withCredentials("svc", "s3cret-pw"));
        assertThat(a).isNotEqualTo(ProxyOptions.none()).isNotEqualTo("proxy:3128");
        assertThat(ProxyOptions.of("proxy", 3128).hashCode()).isNotEqualTo(ProxyOptions.of("proxy", 3129).hashCode());

        assertThat(a.toString()).isEqualTo("ProxyOptions{proxy:3128, user=svc, password=***, nonProxyHosts=[localhost]}")
                .doesNotContain("s3cret-pw");
        assertThat(ProxyOptions.of("proxy", 3128)).hasToString("ProxyOptions{proxy:3128}");
        assertThat(ProxyOptions.none()).hasToString("ProxyOptions{NONE}");
    }
}
