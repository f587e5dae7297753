package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.github.roster.http.Bim360PatchRetryTest.ACCOUNT;
import static io.github.roster.http.Bim360PatchRetryTest.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Header values (tokens, User-Id) and text fields are checked before anything is sent. */
class HeaderAndTextInputTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    @ParameterizedTest
    @ValueSource(strings = {"abc\r\nX-Injected: 1", "abc\ndef", "tök-value", "abc def", "abc\u0000def"})
    void aTokenWithCrLfSpacesOrNonAsciiIsRefusedWithoutBeingQuoted(String token) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> TokenProvider.of(token));

        assertThat(e).hasMessageContaining("token must be visible ASCII only");
        assertThat(e.getMessage()).doesNotContain("abc").doesNotContain("Injected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6cc15635-2fbd-4f73-afbe-abd833408a1d", "ABCDEF123456"})
    void anAccIdOrAutodeskIdIsAUserId(String userId) {
        assertThatNoException().isThrownBy(() -> AutodeskAccountAdminClient.builder().impersonateUser(userId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC\r\nX-Injected: 1", "ABC\u0000", "user@example.com",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElseIsRefusedAsUserId(String userId) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> AutodeskAccountAdminClient.builder().impersonateUser(userId));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("User-Id");
    }

    @Test
    void controlCharactersInATextFieldAreRefusedWithTheFieldNamedAndNothingSent() {
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl()).tokenProvider(TokenProvider.of("token-1")).build()) {

            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().defaultRole("Manager\r\nX")));

            assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("default_role", "no-control-characters"));
            server.verify(0, anyRequestedFor(anyUrl()));
        }
    }
}
