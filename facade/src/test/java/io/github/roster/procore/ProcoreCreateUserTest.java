package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.roster.procore.ProcoreListUsersTest.ACTIVE;
import static io.github.roster.procore.ProcoreListUsersTest.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.error.ConflictException;
import io.github.roster.error.TransportException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import org.junit.jupiter.api.Test;

class ProcoreCreateUserTest extends ProcoreWireMockTest {

    static final String CREATED = """
            {"id":1234567890124,"first_name":"Jane","last_name":"Doe","email_address":"jane.doe@example.com",
             "is_active":true,"origin_id":"E-2002","created_at":"2026-11-20T10:30:00Z"}""";


    private static CompanyUserCreate jane() {
        return new CompanyUserCreate().firstName("Jane").lastName("Doe").emailAddress("jane.doe@example.com")
                .originId("E-2002").countryCode("US").stateCode("CA");
    }

    @Test
    void wrapsTheNewUserAndAnswersItAsCreated() {
        server.stubFor(post(urlPathEqualTo(ACTIVE)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));

        CompanyUser user = client.createCompanyUser(COMPANY, jane(),
                CreateCompanyUserOptions.NONE.withRunConfigurableValidations(true));

        assertThat(user.getId()).isEqualTo(1234567890124L);
        server.verify(postRequestedFor(urlEqualTo(ACTIVE + "?run_configurable_validations=true"))
                .withHeader("Procore-Company-Id", equalTo("8089"))
                .withRequestBody(equalToJson("""
                        {"user":{"first_name":"Jane","last_name":"Doe","email_address":"jane.doe@example.com",
                                 "origin_id":"E-2002","country_code":"US","state_code":"CA"}}""")));
    }

    @Test
    void aConflictIsTyped() {
        server.stubFor(post(urlPathEqualTo(ACTIVE)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"exists\"}")));
        assertThatThrownBy(() -> client.createCompanyUser(COMPANY, jane())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aConnectionDropAfterSendingIsReportedAndTheCreateIsNeverSentAgain() {
        try (ProcoreDirectoryClient retrying = retryingClient()) {
            server.stubFor(post(urlPathEqualTo(ACTIVE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThatThrownBy(() -> retrying.createCompanyUser(COMPANY, jane()))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.requestMayHaveBeenProcessed()).isTrue());
            server.verify(1, postRequestedFor(urlPathEqualTo(ACTIVE)));
        }
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSent() {
        CompanyUserCreate bad = new CompanyUserCreate().emailAddress("jane@").countryCode("XX").vendorId(0L);

        assertThatThrownBy(() -> client.createCompanyUser(0L, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("company_id", "Positive"),
                                tuple("user.last_name", "NotNull"),
                                tuple("user.email_address", "Email"),
                                tuple("user.country_code", "iso3166-country"),
                                tuple("user.vendor_id", "Min")));
        assertThatThrownBy(() -> client.createCompanyUser(COMPANY, jane().countryCode("CA").stateCode("CA")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("user.state_code"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
