package io.github.roster.client.procore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import feign.Feign;
import feign.FeignException;
import feign.hc5.ApacheHttp5Client;
import feign.jackson.JacksonEncoder;
import io.github.roster.client.core.RosterJson;
import io.github.roster.client.procore.api.CompanyUsersApi;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.client.procore.model.CompanyUserUpdateForm;
import io.github.roster.client.procore.model.CompanyUserUpdateRequest;
import io.github.roster.specs.GeneratedConstraints;
import io.github.roster.specs.RosterSpec;
import io.github.roster.specs.SpecModel;
import io.github.roster.specs.SpecOperation;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompanyUsersApiTest {

    static final SpecModel SPEC = SpecModel.of(RosterSpec.PROCORE_DIRECTORY);
    static final SpecOperation OP = SPEC.operation("updateCompanyUser");
    static final long COMPANY = 8089L;
    static final long USER = 1234567890123L;

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ObjectMapper mapper = RosterJson.newObjectMapper();
    private final CompanyUsersApi api = Feign.builder().client(new ApacheHttp5Client())
            .encoder(new JacksonEncoder(mapper)).decoder(new ApiResponseDecoder(mapper))
            .target(CompanyUsersApi.class, server.baseUrl());

    private void answer(int status, String body) {
        server.stubFor(patch(urlPathEqualTo(OP.examplePath())).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void sendsTheExampleWrappedWithTheCompanyHeaderAndDecodesIdsAbove32Bits() throws Exception {
        answer(200, OP.responseExample("200").toString());
        CompanyUserUpdateRequest example = mapper.treeToValue(OP.requestExample(), CompanyUserUpdateRequest.class);

        CompanyUser user = api.updateCompanyUser(COMPANY, USER, COMPANY, example, true);

        server.verify(patchRequestedFor(urlEqualTo(OP.examplePath() + "?run_configurable_validations=true"))
                .withHeader("Procore-Company-Id", equalTo("8089"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(OP.requestExample().toString(), false, false)));
        assertThat(user.getId()).isEqualTo(USER).isGreaterThan(Integer.MAX_VALUE);
        assertThat(user.getVendor().getId()).isEqualTo(4455667788L);
        assertThat(user.getCompanyPermissionTemplateId()).isEqualTo(5566778899L);
        assertThat(user.getAvatar()).isNull();
    }

    @Test
    void sendsOnlyTheFieldsSetAndAnExplicitNullAsNull() {
        answer(200, "{}");
        api.updateCompanyUser(COMPANY, USER, COMPANY, new CompanyUserUpdateRequest().user(new CompanyUserUpdate()
                .lastName("Smith").emailAddress("john.smith@example.com").mobilePhone(null)), (Boolean) null);

        var request = server.getAllServeEvents().get(0).getRequest();
        assertThat(request.getBodyAsString()).isEqualTo(
                "{\"user\":{\"last_name\":\"Smith\",\"mobile_phone\":null,\"email_address\":\"john.smith@example.com\"}}");
        assertThat(request.getUrl()).isEqualTo(OP.examplePath());
    }

    @Test
    void everyDocumentedErrorReachesTheCallerWithItsStatusAndRawBody() {
        for (int status : OP.errorStatuses()) {
            String body = "{\"errors\":{\"email_address\":[\"status " + status + "\"]}}";
            answer(status, body);
            assertThatThrownBy(() -> api.updateCompanyUser(COMPANY, USER, COMPANY, new CompanyUserUpdateRequest()
                    .user(new CompanyUserUpdate().lastName("Smith").emailAddress("j@example.com")), (Boolean) null))
                    .as("HTTP %d", status)
                    .isInstanceOfSatisfying(FeignException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.contentUTF8()).isEqualTo(body);
                    });
        }
        assertThat(OP.errorStatuses()).contains(400, 401, 403, 404, 422, 429, 500, 503);
    }

    @Test
    void theGeneratedConstraintsAreTheSpecs() {
        assertThat(GeneratedConstraints.mismatches(SPEC.schema("CompanyUserUpdate"), CompanyUserUpdate.class)).isEmpty();
        assertThat(GeneratedConstraints.mismatches(SPEC.schema("CompanyUserUpdateRequest"), CompanyUserUpdateRequest.class))
                .isEmpty();
        assertThat(GeneratedConstraints.mismatches(SPEC.schema("CompanyUserUpdateForm"), CompanyUserUpdateForm.class))
                .isEmpty();
    }

    @Test
    void theMultipartFormModelNamesEveryPartUserField() throws Exception {
        Set<String> parts = new TreeSet<>();
        for (var f : CompanyUserUpdateForm.class.getFields()) {
            if (f.getName().startsWith("JSON_PROPERTY_")) {
                parts.add((String) f.get(null));
            }
        }
        assertThat(parts).isEqualTo(new TreeSet<>(SPEC.schema("CompanyUserUpdateForm").getProperties().keySet()))
                .allMatch(p -> p.startsWith("user[") && p.endsWith("]"))
                .contains(CompanyUserUpdateForm.JSON_PROPERTY_USER_AVATAR);
    }
}
