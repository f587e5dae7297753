package io.github.roster.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of the token builders: each bad setting is refused when it is set, with a message naming it; a
 * missing id or secret is refused at build time; the edge values (zero margin, one-millisecond timeouts) are
 * accepted; and the fixed and supplied token providers hand out what they were given and never print it.
 */
class CredentialsBuilderRulesTest {

    @Test
    void theIdAndSecretMustBeGivenAndNotBlank() {
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().clientId(null))
                .isInstanceOf(NullPointerException.class).hasMessage("clientId");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().clientId(" \t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clientId must not be blank");
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().clientSecret(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clientSecret must not be blank");
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().clientSecret("s").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("clientId is required");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().clientId("id").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("clientSecret is required");
    }

    @Test
    void theExpiryMarginMayBeZeroButNotNegative() {
        assertThatNoException().isThrownBy(() -> ProcoreClientCredentials.builder().expiryMargin(Duration.ZERO));
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().expiryMargin(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expiryMargin must not be negative, was PT-0.001S");
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().expiryMargin(null))
                .isInstanceOf(NullPointerException.class).hasMessage("expiryMargin");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatNoException().isThrownBy(() -> AutodeskClientCredentials.builder()
                .connectTimeout(Duration.ofMillis(1)).readTimeout(Duration.ofMillis(1)));
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("connectTimeout must be positive, was PT0S");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().readTimeout(Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("readTimeout must be positive, was PT-5S");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().readTimeout(null))
                .isInstanceOf(NullPointerException.class).hasMessage("readTimeout");
    }

    @Test
    void theClockProxyAndEnvironmentMustBeGiven() {
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().clock(null))
                .isInstanceOf(NullPointerException.class).hasMessage("clock");
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().proxy(null))
                .isInstanceOf(NullPointerException.class).hasMessage("proxy");
        assertThatThrownBy(() -> ProcoreClientCredentials.builder().environment(null))
                .isInstanceOf(NullPointerException.class).hasMessage("environment");
    }

    @Test
    void scopesAreOneOrMoreSingleWordsAndAreKeptInOrder() {
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().scopes(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("at least one scope is required");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().scopes(Arrays.asList("account:read", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a scope is one word such as account:read, was \"null\"");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().scopes("data:read", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was \" \"");
        assertThatThrownBy(() -> AutodeskClientCredentials.builder().scopes((String[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("scopes");

        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder().clientId("id").clientSecret("s")
                .scopes("account:write", "data:read").build();
        assertThat(tokens.scopes()).containsExactly("account:write", "data:read");
        assertThat(tokens.clientId()).isEqualTo("id");
    }

    @Test
    void buildersShowTheirSettingsButNeverTheSecret() {
        ProcoreClientCredentials.Builder procore = ProcoreClientCredentials.builder().clientId("pid")
                .clientSecret("procore-secret").loginBaseUrl("http://127.0.0.1:9/");
        assertThat(procore).hasToString("ProcoreClientCredentials.Builder{loginBaseUrl=http://127.0.0.1:9/, clientId=pid}");
        assertThat(procore.build().clientId()).isEqualTo("pid");
        assertThat(procore.build()).hasToString(
                "ProcoreClientCredentials{tokenUrl=http://127.0.0.1:9/oauth/token, clientId=pid, clientSecret=****}");

        AutodeskClientCredentials.Builder autodesk = AutodeskClientCredentials.builder().clientId("aid")
                .clientSecret("autodesk-secret");
        assertThat(autodesk).hasToString(
                "AutodeskClientCredentials.Builder{clientId=aid, scopes=[account:read, account:write]}");
    }

    @Test
    void aFixedTokenIsHandedOutAsGivenAndABlankOneIsRefused() {
        TokenProvider fixed = TokenProvider.of("tok-123");
        assertThat(fixed.token()).isEqualTo("tok-123");
        fixed.invalidate("tok-123");
        assertThat(fixed.token()).isEqualTo("tok-123");
        assertThat(fixed).hasToString("TokenProvider(fixed, ****)");

        assertThatThrownBy(() -> TokenProvider.of(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("token must not be blank");
        assertThatThrownBy(() -> TokenProvider.of(null))
                .isInstanceOf(NullPointerException.class).hasMessage("token");
    }

    @Test
    void aSuppliedTokenIsAskedForOnEveryUse() {
        int[] calls = {0};
        TokenProvider supplied = TokenProvider.fromSupplier(() -> "tok-" + ++calls[0]);

        assertThat(supplied.token()).isEqualTo("tok-1");
        assertThat(supplied.token()).isEqualTo("tok-2");
        assertThat(supplied).hasToString("TokenProvider(supplier)");
        assertThatThrownBy(() -> TokenProvider.fromSupplier(null))
                .isInstanceOf(NullPointerException.class).hasMessage("supplier");
    }
}
