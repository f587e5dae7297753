package io.github.roster.floor;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Procore company-user update on the floor versions: a wrapped JSON body with an explicit null
 * (jackson-databind-nullable on the floor Jackson) and a multipart update with an avatar (HttpClient 5's
 * multipart support).
 */
class ProcoreCallsOnTheFloorTest {

    static final String PATH = "/rest/v1.3/companies/8089/users/1234567890123";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
            .baseUrl(server.baseUrl())
            .tokenProvider(TokenProvider.of("floor-token"))
            .build();

    @BeforeEach
    void answerWithTheUser() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id":1234567890123,"last_name":"Smith","email_address":"john.smith@example.com",
                         "is_active":true,"job_title":null,"vendor":{"id":4455667788,"name":"Acme Concrete"},
                         "updated_at":"2026-11-20T10:30:00Z","a_field_added_later":1}""")));
    }

    @AfterEach
    void close() {
        procore.close();
    }

    @Test
    void sendsAWrappedJsonUpdateWithAnExplicitNull() {
        CompanyUser user = procore.updateCompanyUser(8089L, 1234567890123L, new CompanyUserUpdate()
                .lastName("Smith").emailAddress("john.smith@example.com").countryCode("US").stateCode("CA")
                .jobTitle(null));

        server.verify(patchRequestedFor(urlEqualTo(PATH))
                .withHeader("Procore-Company-Id", equalTo("8089"))
                .withRequestBody(equalToJson("""
                        {"user":{"last_name":"Smith","email_address":"john.smith@example.com",
                                 "country_code":"US","state_code":"CA","job_title":null}}""")));
        assertThat(user.getId()).isEqualTo(1234567890123L);
        assertThat(user.getVendor().getId()).isEqualTo(4455667788L);
    }

    @Test
    void sendsAMultipartUpdateWithAnAvatar() {
        procore.updateCompanyUser(8089L, 1234567890123L,
                new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com"),
                UpdateCompanyUserOptions.NONE.withAvatar(Avatar.of(new ByteArrayInputStream(PNG), "face.png")));

        server.verify(patchRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("user[last_name]").withBody(equalTo("Smith")).build())
                .withRequestBodyPart(aMultipart("user[avatar]").withHeader("Content-Type", containing("image/png"))
                        .build()));
        byte[] sent = server.getAllServeEvents().get(0).getRequest().getPart("user[avatar]").getBody().asBytes();
        assertThat(sent).isEqualTo(PNG);
    }
}
