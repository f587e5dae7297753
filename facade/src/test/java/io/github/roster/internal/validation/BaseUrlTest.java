package io.github.roster.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.ProcoreEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://10.0.0.5:8080", "http://sandbox.procore.com", "ftp://127.0.0.1",
        "not a url", "/relative"})
    void plainHttpIsRefusedExceptForLoopback(String url) {
        assertThatThrownBy(() -> AutodeskAccountAdminClient.builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcoreDirectoryClient.builder().baseUrl(url))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9000", "http://127.0.0.2",
        "https://developer.api.autodesk.com", "https://api.procore.com/"})
    void httpsAnywhereAndHttpOnLoopbackAreAccepted(String url) {
        try (ProcoreDirectoryClient c = ProcoreDirectoryClient.builder().baseUrl(url)
                .tokenProvider(TokenProvider.of("t")).build()) {
            assertThat(c.baseUrl().toString()).isEqualTo(url);
        }
    }

    @Test
    void defaultsAreTheProductionHosts() {
        try (AutodeskAccountAdminClient a = AutodeskAccountAdminClient.builder().tokenProvider(TokenProvider.of("t")).build();
             ProcoreDirectoryClient p = ProcoreDirectoryClient.builder().tokenProvider(TokenProvider.of("t")).build();
             ProcoreDirectoryClient s = ProcoreDirectoryClient.builder().environment(ProcoreEnvironment.MONTHLY)
                     .tokenProvider(TokenProvider.of("t")).build()) {
            assertThat(a.baseUrl()).hasToString("https://developer.api.autodesk.com");
            assertThat(p.baseUrl()).hasToString("https://api.procore.com");
            assertThat(s.baseUrl()).hasToString("https://api-monthly.procore.com");
        }
    }

    @Test
    void aClientNeedsCredentials() {
        assertThatThrownBy(() -> AutodeskAccountAdminClient.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tokenProvider");
    }

    @Test
    void tokensAreNeverPrinted() {
        assertThat(TokenProvider.of("s3cr3t-token").toString()).doesNotContain("s3cr3t-token");
    }
}
