package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BIM 360 {@code GET .../users/search} as an exact e-mail lookup over a fuzzy server. */
class Bim360FindUserByEmailTest extends Bim360WireMockTest {

    static final String ANN = "1b6e0c57-4a2f-4d8e-9c31-7f5a2e9d0c11";
    static final String JOANN = "2c7f1d68-5b3a-4e9f-8d42-8a6b3f0e1d22";

    @Test
    void asksForExactMatchesAndKeepsOnlyTheSameEmailIgnoringCase() {
        server.stubFor(get(urlPathEqualTo(Bim360Users.SEARCH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[" + Bim360Users.user(JOANN, "joann.lee@example.com", "active") + ","
                        + Bim360Users.user(ANN, "Ann.Lee@Example.com", "active") + ","
                        + Bim360Users.user(Bim360Users.id(1), "ann.lee@example.com.au", "active") + "]")));

        List<AccountUser> found = client.findAccountUsersByEmail("b." + Bim360Users.ACCOUNT, " ann.lee@EXAMPLE.com ");

        assertThat(found).extracting(AccountUser::getId).containsExactly(UUID.fromString(ANN));
        server.verify(getRequestedFor(urlPathEqualTo(Bim360Users.SEARCH))
                .withQueryParam("email", equalTo("ann.lee@EXAMPLE.com"))
                .withQueryParam("partial", equalTo("false"))
                .withQueryParam("operator", equalTo("AND"))
                .withQueryParam("limit", equalTo("100"))
                .withQueryParam("offset", equalTo("0")));
    }

    @Test
    void readsEveryPageOfTheAnswer() {
        server.stubFor(get(urlPathEqualTo(Bim360Users.SEARCH)).withQueryParam("offset", equalTo("0"))
                .willReturn(aResponse().withStatus(200).withBody(Bim360Users.users(0, 100))));
        server.stubFor(get(urlPathEqualTo(Bim360Users.SEARCH)).withQueryParam("offset", equalTo("100"))
                .willReturn(aResponse().withStatus(200).withBody("[" + Bim360Users.user(ANN, "ann.lee@example.com",
                        "inactive") + "]")));

        assertThat(client.findAccountUsersByEmail(Bim360Users.ACCOUNT, "ann.lee@example.com"))
                .extracting(AccountUser::getStatus).containsExactly("inactive");
        server.verify(2, getRequestedFor(urlPathEqualTo(Bim360Users.SEARCH)));
    }

    @Test
    void noExactMatchIsAnEmptyList() {
        server.stubFor(get(urlPathEqualTo(Bim360Users.SEARCH)).willReturn(aResponse().withStatus(200)
                .withBody("[" + Bim360Users.user(JOANN, "joann.lee@example.com", "active") + "]")));

        assertThat(client.findAccountUsersByEmail(Bim360Users.ACCOUNT, "ann.lee@example.com")).isEmpty();
    }

    @Test
    void badInputIsNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.findAccountUsersByEmail("b.nope", " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("account_id", "email"));
        assertThatThrownBy(() -> client.findAccountUsersByEmail(Bim360Users.ACCOUNT, "a".repeat(250) + "@x.com"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("email"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
