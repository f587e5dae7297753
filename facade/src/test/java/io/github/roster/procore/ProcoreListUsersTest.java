package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.error.ValidationException;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ProcoreListUsersTest extends ProcoreWireMockTest {

    static final long COMPANY = 8089L;
    static final String ACTIVE = "/rest/v1.3/companies/8089/users";
    static final String INACTIVE = "/rest/v1.0/companies/8089/users/inactive";


    /** Users with ids from..to, in Procore's shape. */
    static String users(long from, long to, boolean active) {
        return LongStream.rangeClosed(from, to)
                .mapToObj(id -> "{\"id\":" + id + ",\"last_name\":\"L" + id + "\",\"email_address\":\"u" + id
                        + "@example.com\",\"is_active\":" + active + ",\"new_vendor_field\":[1]}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static ResponseDefinitionBuilder page(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private void stubPage(String path, int page, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(Integer.toString(page)))
                .withQueryParam("per_page", equalTo("100")).willReturn(answer));
    }

    private static String link(String path, int page, boolean next) {
        String first = "<https://api.procore.com" + path + "?page=1&per_page=100>; rel=\"first\"";
        return next ? first + ", <https://api.procore.com" + path + "?page=" + (page + 1)
                + "&per_page=100>; rel=\"next\"" : first;
    }

    @Test
    void followsLinkRelNextToTheEndIncludingAShortLastPage() {
        stubPage(ACTIVE, 1, page(users(1, 100, true)).withHeader("Link", link(ACTIVE, 1, true)));
        stubPage(ACTIVE, 2, page(users(101, 200, true)).withHeader("Link", link(ACTIVE, 2, true)));
        stubPage(ACTIVE, 3, page(users(201, 230, true)).withHeader("Link", link(ACTIVE, 3, false)));

        List<Long> ids = client.listCompanyUsers(COMPANY).stream().map(CompanyUser::getId).toList();

        assertThat(ids).containsExactlyElementsOf(LongStream.rangeClosed(1, 230).boxed().toList());
        server.verify(3, getRequestedFor(urlPathEqualTo(ACTIVE)).withHeader("Procore-Company-Id", equalTo("8089")));
    }

    @Test
    void aFullLastPageEndsWhenLinkHasNoNext() {
        stubPage(ACTIVE, 1, page(users(1, 100, true)).withHeader("Link", link(ACTIVE, 1, false)));

        assertThat(client.listCompanyUsers(COMPANY).stream().count()).isEqualTo(100);
        server.verify(1, getRequestedFor(urlPathEqualTo(ACTIVE)));
    }

    @Test
    void withoutLinkTheTotalHeaderEndsTheInactiveList() {
        stubPage(INACTIVE, 1, page(users(1, 100, false)).withHeader("Total", "150"));
        stubPage(INACTIVE, 2, page(users(101, 150, false)).withHeader("Total", "150"));

        assertThat(client.listInactiveCompanyUsers(COMPANY).stream().count()).isEqualTo(150);
        server.verify(2, getRequestedFor(urlPathEqualTo(INACTIVE)));
    }

    @Test
    void pagesAreFetchedOnlyAsTheyAreConsumed() {
        stubPage(ACTIVE, 1, page(users(1, 100, true)).withHeader("Link", link(ACTIVE, 1, true)));
        stubPage(ACTIVE, 2, page(users(101, 120, true)));

        Iterator<CompanyUser> it = client.listCompanyUsers(COMPANY).iterator();
        for (int i = 0; i < 100; i++) {
            it.next();
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(ACTIVE)));
        assertThat(it.next().getId()).isEqualTo(101L);
        server.verify(2, getRequestedFor(urlPathEqualTo(ACTIVE)));
    }

    @Test
    void listAllWalksActiveThenInactiveUsers() {
        stubPage(ACTIVE, 1, page(users(1, 100, true)).withHeader("Link", link(ACTIVE, 1, true)));
        stubPage(ACTIVE, 2, page(users(101, 101, true)).withHeader("Link", link(ACTIVE, 2, false)));
        stubPage(INACTIVE, 1, page(users(501, 600, false)).withHeader("Total", "102"));
        stubPage(INACTIVE, 2, page(users(601, 602, false)).withHeader("Total", "102"));

        List<CompanyUser> all = client.listAllCompanyUsers(COMPANY).stream().toList();

        assertThat(all).hasSize(203);
        assertThat(all.get(100).getId()).isEqualTo(101L);
        assertThat(all.get(101).getId()).isEqualTo(501L);
        assertThat(all.get(202).getId()).isEqualTo(602L);
        assertThat(all.subList(0, 101)).allMatch(CompanyUser::getIsActive);
        assertThat(all.subList(101, 203)).noneMatch(CompanyUser::getIsActive);
    }

    @Test
    void theSinglePageCallSendsFiltersAndSaysWhatFollows() {
        server.stubFor(get(urlPathEqualTo(ACTIVE)).withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("5"))
                .withQueryParam("filters[search]", equalTo("lee"))
                .withQueryParam("filters[origin_id]", equalTo("E-1"))
                .withQueryParam("filters[updated_at]", equalTo("2026-01-01...2026-02-01"))
                .willReturn(page(users(6, 10, true)).withHeader("Link", link(ACTIVE, 2, true))));

        Page<CompanyUser> p = client.listCompanyUsersPage(COMPANY, ListCompanyUsersOptions.DEFAULT.withSearch("lee")
                .withOriginId("E-1").withUpdatedAt("2026-01-01...2026-02-01"), new PageRequest(5, 5));

        assertThat(p.items()).hasSize(5);
        assertThat(p.next()).contains(new PageRequest(10, 5));
    }

    @Test
    void aBadCompanyIdIsNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.listCompanyUsers(0L))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement()
                                .satisfies(v -> assertThat(v.path()).isEqualTo("company_id")));
        assertThatThrownBy(() -> client.listInactiveCompanyUsers(-1L)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.listAllCompanyUsers(-1L)).isInstanceOf(ValidationException.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
