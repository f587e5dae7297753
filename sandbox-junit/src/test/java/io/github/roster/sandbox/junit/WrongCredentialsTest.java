package io.github.roster.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.ProcoreClientCredentials;
import io.github.roster.error.TokenRequestException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The facade's token providers against the sandbox's token endpoints: other credentials are refused. */
@RosterSandbox(clientId = "right-id", clientSecret = "right-secret")
class WrongCredentialsTest {

    @Test
    void autodeskRefusesAnotherSecret(URI baseUrl) {
        AutodeskClientCredentials wrong = AutodeskClientCredentials.builder().authBaseUrl(baseUrl.toString())
                .clientId("right-id").clientSecret("wrong-secret").build();
        AutodeskClientCredentials right = AutodeskClientCredentials.builder().authBaseUrl(baseUrl.toString())
                .clientId("right-id").clientSecret("right-secret").build();

        assertThatThrownBy(wrong::token).isInstanceOfSatisfying(TokenRequestException.class,
                e -> assertThat(e.status()).isEqualTo(401));
        assertThat(right.token()).isNotBlank();
    }

    @Test
    void procoreRefusesAnotherClientId(URI baseUrl) {
        ProcoreClientCredentials wrong = ProcoreClientCredentials.builder().loginBaseUrl(baseUrl.toString())
                .clientId("wrong-id").clientSecret("right-secret").build();
        ProcoreClientCredentials right = ProcoreClientCredentials.builder().loginBaseUrl(baseUrl.toString())
                .clientId("right-id").clientSecret("right-secret").build();

        assertThatThrownBy(wrong::token).isInstanceOfSatisfying(TokenRequestException.class,
                e -> assertThat(e.status()).isEqualTo(401));
        assertThat(right.token()).isNotBlank();
    }
}
