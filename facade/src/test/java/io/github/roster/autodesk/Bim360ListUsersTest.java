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

import io.github.roster.TestServers;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BIM 360 {@code GET /hq/v1/accounts/{account_id}/users}: every user, paged to a short page. */
class Bim360ListUsersTest extends Bim360WireMockTest {

    private static void page(int offset, String body) {
        server.stubFor(get(urlPathEqualTo(Bim360Users.USERS)).withQueryParam("limit", equalTo("100"))
                .withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void followsPagesOfTheLargestSizeUntilAShortPage() {
        page(0, Bim360Users.users(0, 100));
        page(100, Bim360Users.users(100, 200));
        page(200, Bim360Users.users(200, 203));

        List<AccountUser> all = client.listAccountUsers("b." + Bim360Users.ACCOUNT).stream().toList();

        assertThat(all).hasSize(203);
        assertThat(all.get(202).getId()).isEqualTo(UUID.fromString(Bim360Users.id(202)));
        assertThat(all.get(0).getEmail()).isEqualTo("user0@example.com");
        server.verify(3, getRequestedFor(urlPathEqualTo(Bim360Users.USERS)));
        server.verify(getRequestedFor(urlPathEqualTo(Bim360Users.USERS))
                .withHeader("Authorization", equalTo("Bearer " + TestServers.TOKEN)));
    }

    @Test
    void aFullLastPageCostsOneEmptyRequest() {
        page(0, Bim360Users.users(0, 100));
        page(100, "[]");

        assertThat(client.listAccountUsers(Bim360Users.ACCOUNT).stream().count()).isEqualTo(100);
        server.verify(2, getRequestedFor(urlPathEqualTo(Bim360Users.USERS)));
    }

    @Test
    void pagesAreFetchedOnlyAsTheyAreConsumed() {
        page(0, Bim360Users.users(0, 100));
        page(100, Bim360Users.users(100, 101));

        Iterator<AccountUser> users = client.listAccountUsers(Bim360Users.ACCOUNT).iterator();
        for (int i = 0; i < 100; i++) {
            users.next();
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(Bim360Users.USERS)));
        assertThat(users.next().getId()).isEqualTo(UUID.fromString(Bim360Users.id(100)));
        assertThat(users.hasNext()).isFalse();
        server.verify(2, getRequestedFor(urlPathEqualTo(Bim360Users.USERS)));
    }

    @Test
    void theSinglePageCallSaysWhetherAnotherFollows() {
        server.stubFor(get(urlPathEqualTo(Bim360Users.USERS)).withQueryParam("limit", equalTo("2"))
                .withQueryParam("offset", equalTo("4"))
                .willReturn(aResponse().withStatus(200).withBody(Bim360Users.users(4, 6))));

        Page<AccountUser> page = client.listAccountUsersPage(Bim360Users.ACCOUNT, new PageRequest(4, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.next()).contains(new PageRequest(6, 2));
    }

    @Test
    void aFailedPageIsThrownWhenReached() {
        page(0, Bim360Users.users(0, 100));
        server.stubFor(get(urlPathEqualTo(Bim360Users.USERS)).withQueryParam("offset", equalTo("100"))
                .willReturn(aResponse().withStatus(500).withBody("{\"code\":500,\"message\":\"down\"}")));

        Iterator<AccountUser> users = client.listAccountUsers(Bim360Users.ACCOUNT).iterator();
        for (int i = 0; i < 100; i++) {
            users.next();
        }
        assertThatThrownBy(users::hasNext).isInstanceOf(ServerErrorException.class);
    }

    @Test
    void badInputIsNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.listAccountUsers("acme"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("account_id"));
        assertThatThrownBy(() -> client.listAccountUsersPage("acme", new PageRequest(0, 101)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("account_id", "limit"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
