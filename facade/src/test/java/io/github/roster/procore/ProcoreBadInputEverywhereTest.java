package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.roster.procore.ProcoreListUsersTest.COMPANY;
import static io.github.roster.procore.ProcoreListUsersTest.INACTIVE;
import static io.github.roster.procore.ProcoreListUsersTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.PageRequest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every Procore call refuses ids that are not positive, naming each, and sends nothing. */
class ProcoreBadInputEverywhereTest extends ProcoreWireMockTest {

    private void refused(ThrowingCallable call, String... paths) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(paths));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void listsRefuseACompanyIdThatIsNotPositive() {
        refused(() -> client.listCompanyUsersPage(0, null, PageRequest.first(10)), "company_id");
        refused(() -> client.listInactiveCompanyUsersPage(-8089, PageRequest.first(10)), "company_id");
        refused(() -> client.listCompanyUsers(0), "company_id");
        refused(() -> client.listInactiveCompanyUsers(0), "company_id");
    }

    @Test
    void singleUserCallsNameTheCompanyAndTheUser() {
        refused(() -> client.showCompanyUser(0, 0), "company_id", "id");
        refused(() -> client.showCompanyUserWithResponse(COMPANY, -1), "id");
        refused(() -> client.showCompanyUserWithResponse(0, 5), "company_id");
        refused(() -> client.deactivateCompanyUser(0, -2), "company_id", "id");
        refused(() -> client.findCompanyUsersByOriginId(0, "E-1001"), "company_id");
        refused(() -> client.syncCompanyUsers(-1, List.of()), "company_id", "updates");
    }

    @Test
    void aUserTheShowDoesNotFindIsTheInactiveUserWithThatIdNotAnother() {
        long user = ProcoreDeactivateUserTest.USER;
        server.stubFor(get(urlEqualTo(ProcoreDeactivateUserTest.PATH)).willReturn(aResponse().withStatus(404)
                .withBody("{}")));
        server.stubFor(get(urlPathEqualTo(INACTIVE)).willReturn(page("[{\"id\":5,\"last_name\":\"Other\","
                + "\"email_address\":\"other@example.com\",\"is_active\":false},"
                + ProcoreDeactivateUserTest.JOHN.formatted("false") + "]")));

        CompanyUserDeactivation done = client.deactivateCompanyUser(COMPANY, user);

        assertThat(done.alreadyInactive()).isTrue();
        assertThat(done.user().getId()).isEqualTo(user);
        server.verify(0, patchRequestedFor(anyUrl()));
    }
}
