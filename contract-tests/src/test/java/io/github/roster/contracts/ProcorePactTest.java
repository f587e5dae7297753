package io.github.roster.contracts;

import static io.github.roster.contracts.Contracts.BEARER;
import static io.github.roster.contracts.Contracts.JSON;
import static io.github.roster.contracts.Contracts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.UnprocessableEntityException;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import io.github.roster.sandbox.SandboxSeed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the facade relies on from Procore's Update Company User. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contracts.PROCORE, pactVersion = PactSpecVersion.V4)
class ProcorePactTest {

    static final long COMPANY = SandboxSeed.PROCORE_COMPANY_ID;
    static final long USER = SandboxSeed.PROCORE_USER_ID;
    static final long OTHER = SandboxSeed.PROCORE_OTHER_USER_ID;
    static final String PATH = "/rest/v1.3/companies/" + COMPANY + "/users/" + USER;
    static final String USER_EXISTS = "company user " + USER + " exists in company " + COMPANY;
    /** A 1x1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    static PactDslJsonBody companyUser() {
        return new PactDslJsonBody().integerType("id", USER).stringValue("last_name", "Smith")
                .stringValue("email_address", "john.smith@example.com").booleanType("is_active", false);
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact jsonUpdate(PactDslWithProvider builder) {
        return builder.given(USER_EXISTS)
                .uponReceiving("a JSON update wrapped in user, with the company header and the validations flag")
                .method("PATCH").path(PATH).query("run_configurable_validations=true")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .headers("Procore-Company-Id", String.valueOf(COMPANY))
                .body("{\"user\":{\"last_name\":\"Smith\",\"job_title\":null,\"email_address\":\"john.smith@example.com\","
                        + "\"is_active\":false,\"country_code\":\"US\",\"state_code\":\"CA\"}}", "application/json")
                .willRespondWith().status(200).body(companyUser())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "jsonUpdate")
    void jsonUpdate(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            CompanyUser user = client.updateCompanyUser(COMPANY, USER, new CompanyUserUpdate().lastName("Smith")
                            .jobTitle(null).emailAddress("john.smith@example.com").isActive(false).countryCode("US")
                            .stateCode("CA"),
                    UpdateCompanyUserOptions.NONE.withRunConfigurableValidations(true));
            assertThat(user.getId()).isEqualTo(USER);
            assertThat(user.getIsActive()).isFalse();
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact avatarUpload(PactDslWithProvider builder) {
        ContentType text = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
        MultipartEntityBuilder form = MultipartEntityBuilder.create().setMode(HttpMultipartMode.EXTENDED)
                .setCharset(StandardCharsets.UTF_8)
                .addTextBody("user[last_name]", "Smith", text)
                .addTextBody("user[email_address]", "john.smith@example.com", text)
                .addBinaryBody("user[avatar]", PNG, ContentType.IMAGE_PNG, "face.png");
        return builder.given(USER_EXISTS)
                .uponReceiving("an update with an avatar as multipart/form-data")
                .method("PATCH").path(PATH)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .headers("Procore-Company-Id", String.valueOf(COMPANY))
                .body(form)
                .willRespondWith().status(200).body(companyUser().stringType("avatar", "https://example.com/a.png"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "avatarUpload")
    void avatarUpload(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            CompanyUser user = client.updateCompanyUser(COMPANY, USER, new CompanyUserUpdate().lastName("Smith")
                            .emailAddress("john.smith@example.com"),
                    UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(new ByteArrayInputStream(PNG), "face.png")));
            assertThat(user.getAvatar()).isNotBlank();
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact emailTaken(PactDslWithProvider builder) {
        return builder.given("company user " + OTHER + " exists and john.smith@example.com belongs to user " + USER)
                .uponReceiving("an update to an e-mail address another user has")
                .method("PATCH").path("/rest/v1.3/companies/" + COMPANY + "/users/" + OTHER)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .headers("Procore-Company-Id", String.valueOf(COMPANY))
                .body("{\"user\":{\"last_name\":\"Garcia\",\"email_address\":\"john.smith@example.com\"}}",
                        "application/json")
                .willRespondWith().status(422)
                .body(new PactDslJsonBody().object("errors").array("email_address").stringValue("has already been taken")
                        .closeArray().closeObject())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "emailTaken")
    void emailTaken(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            assertThatThrownBy(() -> client.updateCompanyUser(COMPANY, OTHER, new CompanyUserUpdate().lastName("Garcia")
                    .emailAddress("john.smith@example.com")))
                    .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("email_address", List.of("has already been taken")));
        }
    }
}
