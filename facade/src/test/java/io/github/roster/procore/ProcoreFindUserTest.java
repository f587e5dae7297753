package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.roster.procore.ProcoreListUsersTest.ACTIVE;
import static io.github.roster.procore.ProcoreListUsersTest.COMPANY;
import static io.github.roster.procore.ProcoreListUsersTest.INACTIVE;
import static io.github.roster.procore.ProcoreListUsersTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import org.junit.jupiter.api.Test;

class ProcoreFindUserTest extends ProcoreWireMockTest {

    static final String FUZZY = """
            [{"id":2233445566772,"last_name":"Lee","email_address":"joann.lee@example.com","is_active":true},
             {"id":2233445566771,"last_name":"Lee","email_address":"Ann.Lee@Example.com","is_active":true},
             {"id":2233445566773,"last_name":"Ann","job_title":"ann.lee@example.com liaison",
              "email_address":"lee.ann@example.com","is_active":true}]""";
    static final String INACTIVE_USERS = """
            [{"id":1234567890125,"last_name":"Former","email_address":"former@example.com","is_active":false,
              "origin_id":"E-0999","links":{"reactivate":"/rest/v1.0/companies/8089/users/inactive/1234567890125"}},
             {"id":2233445566779,"last_name":"Lee","email_address":"ANN.LEE@example.com","is_active":false}]""";


    @Test
    void keepsOnlyExactCaseInsensitiveMatchesOfTheFuzzySearchAndOfTheInactiveList() {
        server.stubFor(get(urlPathEqualTo(ACTIVE)).withQueryParam("filters[search]", equalTo("ann.lee@EXAMPLE.com"))
                .willReturn(page(FUZZY)));
        server.stubFor(get(urlPathEqualTo(INACTIVE)).willReturn(page(INACTIVE_USERS)));

        assertThat(client.findCompanyUsersByEmail(COMPANY, " ann.lee@EXAMPLE.com "))
                .extracting(CompanyUserMatch::id, CompanyUserMatch::active)
                .containsExactly(tuple(2233445566771L, true), tuple(2233445566779L, false));
        server.verify(getRequestedFor(urlPathEqualTo(INACTIVE)).withQueryParam("per_page", equalTo("100"))
                .withHeader("Procore-Company-Id", equalTo("8089")));
    }

    @Test
    void noExactMatchIsAnEmptyAnswerNotTheNearestUser() {
        server.stubFor(get(urlPathEqualTo(ACTIVE)).willReturn(page(FUZZY)));
        server.stubFor(get(urlPathEqualTo(INACTIVE)).willReturn(page("[]")));

        assertThat(client.findCompanyUsersByEmail(COMPANY, "ann.le@example.com")).isEmpty();
    }

    @Test
    void findsByOriginIdAmongActiveAndInactiveUsers() {
        server.stubFor(get(urlPathEqualTo(ACTIVE)).withQueryParam("filters[origin_id]", equalTo("E-0999"))
                .willReturn(page("[]")));
        server.stubFor(get(urlPathEqualTo(INACTIVE)).willReturn(page(INACTIVE_USERS)));

        assertThat(client.findCompanyUsersByOriginId(COMPANY, "E-0999"))
                .extracting(CompanyUserMatch::id, CompanyUserMatch::active)
                .containsExactly(tuple(1234567890125L, false));
    }

    @Test
    void badInputIsNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.findCompanyUsersByEmail(0L, "not an e-mail"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("company_id", "Positive"), tuple("email_address", "Email")));
        assertThatThrownBy(() -> client.findCompanyUsersByOriginId(COMPANY, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("origin_id"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
