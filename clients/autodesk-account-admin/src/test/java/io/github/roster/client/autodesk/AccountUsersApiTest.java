package io.github.roster.client.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import feign.Feign;
import feign.FeignException;
import feign.hc5.ApacheHttp5Client;
import feign.jackson.JacksonEncoder;
import io.github.roster.client.autodesk.api.AccountUsersApi;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.autodesk.model.UserRole;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.core.RosterJson;
import io.github.roster.specs.GeneratedConstraints;
import io.github.roster.specs.RosterSpec;
import io.github.roster.specs.SpecModel;
import io.github.roster.specs.SpecOperation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountUsersApiTest {

    static final SpecModel SPEC = SpecModel.of(RosterSpec.AUTODESK_ACCOUNT_ADMIN);
    static final SpecOperation OP = SPEC.operation("updateAccountUser");
    static final UUID ACCOUNT = UUID.fromString("9dbb160e-b904-458b-bc5c-ed184687592d");
    static final UUID USER = UUID.fromString("a75e8769-621e-40b6-a524-0cffdd2f784e");

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ObjectMapper mapper = RosterJson.newObjectMapper();
    private final AccountUsersApi api = Feign.builder().client(new ApacheHttp5Client())
            .encoder(new JacksonEncoder(mapper)).decoder(new ApiResponseDecoder(mapper))
            .target(AccountUsersApi.class, server.baseUrl());

    private void answer(int status, String body) {
        server.stubFor(patch(urlEqualTo(OP.examplePath())).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void sendsTheReferenceExampleAndDecodesItsResponse() throws Exception {
        answer(200, OP.responseExample("200").toString());
        AccountUserPatch example = mapper.treeToValue(OP.requestExample(), AccountUserPatch.class);

        AccountUser user = api.updateAccountUser(ACCOUNT, USER, example, Region.US);

        server.verify(patchRequestedFor(urlEqualTo(OP.examplePath()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Region", equalTo("US"))
                .withRequestBody(equalToJson(OP.requestExample().toString(), false, false)));
        assertThat(user.getId()).isEqualTo(USER);
        assertThat(user.getRole()).isEqualTo(UserRole.ACCOUNT_ADMIN.getValue());
        assertThat(user.getLastSignIn()).isEqualTo(OffsetDateTime.parse("2016-04-07T08:00:24.020422Z"));
        assertThat(user.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2015-06-26T14:47:39.458Z"));
        assertThat(user.getDefaultRoleId()).isEqualTo("4e7e02ae-2994-4210-9153-84bfb9a23a63");
    }

    @Test
    void aStatusOrRoleAutodeskAddsLaterDecodesAsItsText() {
        answer(200, "{\"id\":\"" + USER + "\",\"status\":\"suspended_by_sso\",\"role\":\"account_auditor\"}");

        AccountUser user = api.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.INACTIVE), null);

        assertThat(user.getStatus()).isEqualTo("suspended_by_sso");
        assertThat(user.getRole()).isEqualTo("account_auditor");
    }

    @Test
    void aPatchWithOneFieldSendsThatFieldAndNoRegionHeaderWhenNoneIsGiven() {
        answer(200, "{}");
        api.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.INACTIVE), null);

        var request = server.getAllServeEvents().get(0).getRequest();
        assertThat(request.getBodyAsString()).isEqualTo("{\"status\":\"inactive\"}");
        assertThat(request.containsHeader("Region")).isFalse();
    }

    @Test
    void everyDocumentedErrorReachesTheCallerWithItsStatusAndRawBody() {
        for (int status : OP.errorStatuses()) {
            String body = "{\"code\":" + (1000 + status) + ",\"message\":\"status " + status + "\"}";
            answer(status, body);
            assertThatThrownBy(() -> api.updateAccountUser(ACCOUNT, USER,
                    new AccountUserPatch().status(UserStatusUpdate.ACTIVE), null))
                    .as("HTTP %d", status)
                    .isInstanceOfSatisfying(FeignException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.contentUTF8()).isEqualTo(body);
                    });
        }
        assertThat(OP.errorStatuses()).contains(400, 401, 403, 404, 409, 422, 429, 500);
    }

    @Test
    void theGeneratedConstraintsAreTheSpecs() {
        assertThat(GeneratedConstraints.mismatches(SPEC.schema("AccountUserPatch"), AccountUserPatch.class)).isEmpty();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(new AccountUserPatch().defaultRole("r".repeat(256))))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("defaultRole"));
            assertThat(factory.getValidator().validate(new AccountUserPatch().defaultRole("r".repeat(255)))).isEmpty();
        }
    }
}
