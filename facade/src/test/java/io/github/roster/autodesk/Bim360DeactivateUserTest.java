package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.autodesk.AccountUserDeactivation.Kind;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BIM 360 deactivation: read first, then a PATCH with only {@code status}, or nothing. */
class Bim360DeactivateUserTest extends Bim360WireMockTest {

    static final String USER = Bim360UpdateUserTest.USER;
    static final String PATH = Bim360UpdateUserTest.PATH;

    private static void userIs(String status) {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withBody(Bim360Users.user(USER, "john.smith@mail.com", status))));
    }

    @Test
    void anActiveUserGetsAPatchWithTheStatusOnly() {
        userIs("active");
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withBody(Bim360Users.user(USER, "john.smith@mail.com", "inactive"))));

        AccountUserDeactivation done = client.deactivateAccountUser("b." + Bim360Users.ACCOUNT, USER);

        assertThat(done.kind()).isEqualTo(Kind.DEACTIVATED);
        assertThat(done.isInactive()).isTrue();
        assertThat(done.user().getStatus()).isEqualTo("inactive");
        server.verify(1, patchRequestedFor(urlEqualTo(PATH))
                .withRequestBody(equalToJson("{\"status\":\"inactive\"}", false, false)));
        assertThat(done.toString()).doesNotContain("john.smith");
    }

    @Test
    void anInactiveUserIsLeftAlone() {
        userIs("inactive");

        AccountUserDeactivation done = client.deactivateAccountUser(Bim360Users.ACCOUNT, USER);

        assertThat(done.kind()).isEqualTo(Kind.ALREADY_INACTIVE);
        server.verify(0, patchRequestedFor(urlEqualTo(PATH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "not_invited", "PENDING"})
    void aPendingOrNotInvitedUserIsNotDeactivatableAndTheMessageSaysWhatToDoInstead(String status) {
        userIs(status);

        AccountUserDeactivation done = client.deactivateAccountUser(Bim360Users.ACCOUNT, USER);

        assertThat(done.kind()).isEqualTo(Kind.NOT_DEACTIVATABLE);
        assertThat(done.isInactive()).isFalse();
        assertThat(done.message()).contains("removeProjectUser").contains("listUserProjects");
        server.verify(0, patchRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void anUnknownUserIsNotFound() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{\"code\":1004,\"message\":\"this user doesn't exist in the account.\"}")));

        assertThatThrownBy(() -> client.deactivateAccountUser(Bim360Users.ACCOUNT, USER))
                .isInstanceOf(NotFoundException.class);
        server.verify(0, patchRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void byEmailDeactivatesTheOneExactMatchOfAFuzzyAnswer() {
        server.stubFor(get(urlPathEqualTo(Bim360Users.SEARCH)).willReturn(aResponse().withStatus(200)
                .withBody("[" + Bim360Users.user(Bim360Users.id(9), "joann.lee@example.com", "active") + ","
                        + Bim360Users.user(USER, "Ann.Lee@example.com", "active") + "]")));
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withBody(Bim360Users.user(USER, "ann.lee@example.com", "inactive"))));

        AccountUserDeactivation done = client.deactivateAccountUserByEmail(Bim360Users.ACCOUNT, "ann.lee@example.com");

        assertThat(done.kind()).isEqualTo(Kind.DEACTIVATED);
        server.verify(1, patchRequestedFor(urlEqualTo(PATH)));
        server.verify(0, patchRequestedFor(urlEqualTo(Bim360Users.USERS + "/" + Bim360Users.id(9))));
    }

    @Test
    void byEmailWithNoExactMatchIsNotFoundAndSendsNothing() {
        server.stubFor(get(urlPathEqualTo(Bim360Users.SEARCH)).willReturn(aResponse().withStatus(200)
                .withBody("[" + Bim360Users.user(Bim360Users.id(9), "joann.lee@example.com", "active") + "]")));

        AccountUserDeactivation done = client.deactivateAccountUserByEmail(Bim360Users.ACCOUNT, "ann.lee@example.com");

        assertThat(done.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(done.found()).isEmpty();
        server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void byEmailWithTwoExactMatchesRefusesNamingBoth() {
        server.stubFor(get(urlPathEqualTo(Bim360Users.SEARCH)).willReturn(aResponse().withStatus(200)
                .withBody("[" + Bim360Users.user(Bim360Users.id(1), "ann.lee@example.com", "active") + ","
                        + Bim360Users.user(Bim360Users.id(2), "ANN.LEE@example.com", "active") + "]")));

        AccountUserDeactivation done = client.deactivateAccountUserByEmail(Bim360Users.ACCOUNT, "ann.lee@example.com");

        assertThat(done.kind()).isEqualTo(Kind.AMBIGUOUS);
        assertThat(done.candidateIds()).containsExactly(Bim360Users.id(1), Bim360Users.id(2));
        assertThat(done.message()).contains(Bim360Users.id(1)).contains(Bim360Users.id(2));
        server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void badInputIsNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.deactivateAccountUser("acct", "usr"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("account_id", "user_id"));
        assertThatThrownBy(() -> client.deactivateAccountUserByEmail(Bim360Users.ACCOUNT, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("email"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
