package io.github.roster.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.roster.TestServers;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.UnprocessableEntityException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcoreUpdateUserTest extends ProcoreWireMockTest {

    static final long COMPANY = 8089L;
    static final long USER = 1234567890123L;
    static final String PATH = "/rest/v1.3/companies/8089/users/1234567890123";
    static final String RESPONSE = """
            {"id":1234567890123,"first_name":"John","last_name":"Smith","name":"John Smith",
             "email_address":"john.smith@example.com","is_active":false,"job_title":null,
             "country_code":"US","state_code":"CA","vendor":{"id":4455667788,"name":"Acme Concrete"},
             "created_at":"2020-01-15T08:00:00Z","updated_at":"2026-11-20T10:30:00Z","unknown_new_field":1}""";
    /** The first bytes of a PNG file, enough for content sniffing. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    private void ok() {
        server.stubFor(patch(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(RESPONSE)));
    }

    private static CompanyUserUpdate required() {
        return new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com");
    }

    @Test
    void wrapsTheBodyAndSetsTheCompanyHeader() {
        ok();
        CompanyUser user = client.updateCompanyUser(COMPANY, USER, required().isActive(false).countryCode("US")
                .stateCode("CA"));

        server.verify(patchRequestedFor(urlEqualTo(PATH))
                .withHeader("Procore-Company-Id", equalTo("8089"))
                .withHeader("Authorization", equalTo("Bearer " + TestServers.TOKEN))
                .withRequestBody(equalToJson("""
                        {"user":{"last_name":"Smith","email_address":"john.smith@example.com","is_active":false,
                                 "country_code":"US","state_code":"CA"}}""")));
        assertThat(user.getId()).isEqualTo(USER);
        assertThat(user.getVendor().getId()).isEqualTo(4455667788L);
        assertThat(user.getJobTitle()).isNull();
    }

    @Test
    void sendsOnlyTheFieldsSetAndAnExplicitNullAsNull() {
        ok();
        client.updateCompanyUser(COMPANY, USER, required().jobTitle(null));

        String body = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).isEqualTo(
                "{\"user\":{\"last_name\":\"Smith\",\"job_title\":null,\"email_address\":\"john.smith@example.com\"}}");
    }

    @Test
    void sendsTheQueryFlagOnlyWhenAsked() {
        ok();
        client.updateCompanyUser(COMPANY, USER, required(),
                UpdateCompanyUserOptions.NONE.withRunConfigurableValidations(true));
        client.updateCompanyUser(COMPANY, USER, required());

        server.verify(1, patchRequestedFor(urlEqualTo(PATH + "?run_configurable_validations=true")));
        server.verify(1, patchRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void uploadsAnAvatarFileAsMultipartWithUserFieldParts() throws Exception {
        ok();
        Path png = dir.resolve("face.bin");
        Files.write(png, PNG);

        client.updateCompanyUser(COMPANY, USER, required().jobTitle("Superintendent"),
                UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(png)).withRunConfigurableValidations(false));

        server.verify(patchRequestedFor(urlEqualTo(PATH + "?run_configurable_validations=false"))
                .withHeader("Procore-Company-Id", equalTo("8089"))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("user[last_name]").withBody(equalTo("Smith")).build())
                .withRequestBodyPart(aMultipart("user[email_address]").withBody(equalTo("john.smith@example.com"))
                        .build())
                .withRequestBodyPart(aMultipart("user[job_title]").withBody(equalTo("Superintendent")).build())
                .withRequestBodyPart(aMultipart("user[avatar]").withHeader("Content-Type", containing("image/png"))
                        .build()));
        byte[] sent = server.getAllServeEvents().get(0).getRequest().getPart("user[avatar]").getBody().asBytes();
        assertThat(sent).isEqualTo(PNG);
    }

    @Test
    void uploadsAnAvatarFromAStream() {
        ok();
        client.updateCompanyUser(COMPANY, USER, required(),
                UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(new ByteArrayInputStream(PNG), "face.png")));
        byte[] sent = server.getAllServeEvents().get(0).getRequest().getPart("user[avatar]").getBody().asBytes();
        assertThat(sent).isEqualTo(PNG);
    }

    @Test
    void refusesAnAvatarThatIsNoImageWhateverItsNameAndSendsNothing() throws Exception {
        Path fake = dir.resolve("photo.png");
        Files.writeString(fake, "this is a text file, not a picture");

        assertThatThrownBy(() -> client.updateCompanyUser(COMPANY, USER, required(),
                UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(fake))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(tuple("user[avatar]", "image")));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesEveryBadFieldAtOnceWithWireNamesAndSendsNothing() {
        CompanyUserUpdate bad = new CompanyUserUpdate()
                .emailAddress("john@")
                .countryCode("us")
                .stateCode("CA")
                .vendorId(0L);

        assertThatThrownBy(() -> client.updateCompanyUser(0L, -5L, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("company_id", "Positive"),
                                tuple("id", "Positive"),
                                tuple("user.last_name", "NotNull"),
                                tuple("user.email_address", "Email"),
                                tuple("user.country_code", "Pattern"),
                                tuple("user.vendor_id", "Min")));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void countryAndStateMustBeRealIsoCodesThatBelongTogether() {
        assertThat(violations(required().countryCode("XX")))
                .containsExactly(tuple("user.country_code", "iso3166-country"));
        assertThat(violations(required().countryCode("US").stateCode("ZZ")))
                .containsExactly(tuple("user.state_code", "iso3166-subdivision"));
        assertThat(violations(required().countryCode("CA").stateCode("CA")))
                .containsExactly(tuple("user.state_code", "iso3166-subdivision"));
        assertThat(violations(required().stateCode("CA")))
                .containsExactly(tuple("user.state_code", "iso3166-subdivision"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void acceptsSubdivisionsOfTheirCountry() {
        ok();
        client.updateCompanyUser(COMPANY, USER, required().countryCode("US").stateCode("CA"));
        client.updateCompanyUser(COMPANY, USER, required().countryCode("CA").stateCode("QC"));
        client.updateCompanyUser(COMPANY, USER, required().countryCode("GB").stateCode("ENG"));
        client.updateCompanyUser(COMPANY, USER, required().countryCode("FR").stateCode("2A"));
        server.verify(4, patchRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void fieldErrorsFromProcoreReachTheCaller() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(422)
                .withBody("{\"errors\":{\"email_address\":[\"has already been taken\"]}}")));
        assertThatThrownBy(() -> client.updateCompanyUser(COMPANY, USER, required()))
                .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
                    assertThat(e.fieldErrors()).containsEntry("email_address", List.of("has already been taken"));
                    assertThat(e.getMessage()).contains("email_address has already been taken");
                });
    }

    private List<org.assertj.core.groups.Tuple> violations(CompanyUserUpdate update) {
        try {
            client.updateCompanyUser(COMPANY, USER, update);
            return List.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> tuple(v.path(), v.rule())).toList();
        }
    }
}
