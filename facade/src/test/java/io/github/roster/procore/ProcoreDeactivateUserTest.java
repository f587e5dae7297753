package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.roster.procore.ProcoreListUsersTest.ACTIVE;
import static io.github.roster.procore.ProcoreListUsersTest.COMPANY;
import static io.github.roster.procore.ProcoreListUsersTest.INACTIVE;
import static io.github.roster.procore.ProcoreListUsersTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.error.NotFoundException;
import io.github.roster.error.ValidationException;
import org.junit.jupiter.api.Test;

class ProcoreDeactivateUserTest extends ProcoreWireMockTest {

    static final long USER = 1234567890123L;
    static final String PATH = ACTIVE + "/" + USER;
    static final String JOHN = """
            {"id":1234567890123,"first_name":"John","last_name":"Smith-Jones","email_address":"john.sj@example.com",
             "is_active":%s,"job_title":"Superintendent"}""";


    @Test
    void readsFirstThenSendsOnlyIsActiveWithTheCurrentRequiredFields() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(page(JOHN.formatted("true"))));
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(page(JOHN.formatted("false"))));

        CompanyUserDeactivation done = client.deactivateCompanyUser(COMPANY, USER);

        assertThat(done.sent()).isTrue();
        assertThat(done.user().getIsActive()).isFalse();
        server.verify(patchRequestedFor(urlEqualTo(PATH)).withHeader("Procore-Company-Id", equalTo("8089"))
                .withRequestBody(equalToJson("""
                        {"user":{"is_active":false,"last_name":"Smith-Jones","email_address":"john.sj@example.com"}}""")));
    }

    @Test
    void anInactiveUserIsLeftAloneAndNothingIsSent() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(page(JOHN.formatted("false"))));

        CompanyUserDeactivation done = client.deactivateCompanyUser(COMPANY, USER);

        assertThat(done.alreadyInactive()).isTrue();
        server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void aUserTheShowDoesNotFindIsLookedForAmongInactiveUsers() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404).withBody("{}")));
        server.stubFor(get(urlPathEqualTo(INACTIVE)).willReturn(page("[" + JOHN.formatted("false") + "]")));

        assertThat(client.deactivateCompanyUser(COMPANY, USER).alreadyInactive()).isTrue();

        server.stubFor(get(urlPathEqualTo(INACTIVE)).willReturn(page("[]")));
        assertThatThrownBy(() -> client.deactivateCompanyUser(COMPANY, USER)).isInstanceOf(NotFoundException.class);
        server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void byEmailDeactivatesOnlyTheExactMatch() {
        server.stubFor(get(urlPathEqualTo(ACTIVE)).willReturn(page("[" + JOHN.formatted("true") + ","
                + "{\"id\":5,\"last_name\":\"X\",\"email_address\":\"xjohn.sj@example.com\",\"is_active\":true}]")));
        server.stubFor(get(urlPathEqualTo(INACTIVE)).willReturn(page("[]")));
        server.stubFor(get(urlEqualTo(PATH)).willReturn(page(JOHN.formatted("true"))));
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(page(JOHN.formatted("false"))));

        assertThat(client.deactivateCompanyUserByEmail(COMPANY, "John.SJ@example.com")).get()
                .satisfies(d -> assertThat(d.user().getId()).isEqualTo(USER));
        assertThat(client.deactivateCompanyUserByEmail(COMPANY, "nobody@example.com")).isEmpty();
        server.verify(1, patchRequestedFor(anyUrl()));
    }

    @Test
    void reactivatesThroughTheV10InactivePathWithoutABody() {
        String path = INACTIVE + "/" + USER;
        server.stubFor(patch(urlEqualTo(path)).willReturn(page(JOHN.formatted("true"))));

        assertThat(client.reactivateCompanyUser(COMPANY, USER).getIsActive()).isTrue();

        server.verify(patchRequestedFor(urlEqualTo(path)).withHeader("Procore-Company-Id", equalTo("8089")));
        assertThat(server.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
    }

    @Test
    void badIdsAreNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.deactivateCompanyUser(0L, -1L))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).hasSize(2));
        assertThatThrownBy(() -> client.reactivateCompanyUser(COMPANY, 0L)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.deactivateCompanyUserByEmail(COMPANY, ""))
                .isInstanceOf(ValidationException.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
