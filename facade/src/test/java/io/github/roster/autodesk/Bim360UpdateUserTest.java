package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import io.github.roster.auth.TokenProvider;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.autodesk.model.UserRole;
import io.github.roster.client.autodesk.model.UserStatus;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.ConflictException;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.UnauthorizedException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Bim360UpdateUserTest {

    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    static final String PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    static final String EXAMPLE_RESPONSE = """
            {"id":"a75e8769-621e-40b6-a524-0cffdd2f784e","account_id":"9dbb160e-b904-458b-bc5c-ed184687592d",
             "status":"inactive","role":"account_admin","company_id":"14e95a5e-02eb-49aa-a39a-447d90544873",
             "company_name":"Autodesk","last_sign_in":"2016-04-07 08:00:24.020422","email":"john.smith@mail.com",
             "name":"John Smith","default_role":"BIM Manager","created_at":"2015-06-26T14:47:39.458Z",
             "updated_at":"2016-04-07T08:00:24.027Z","some_new_field":"ignored"}""";

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    private final AutodeskAccountAdminClient client = TestServers.autodesk(server);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void sendsThePagesExampleAndDecodesTheExampleResponse() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(EXAMPLE_RESPONSE)));

        AccountUser user = client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch()
                .status(UserStatusUpdate.INACTIVE)
                .companyId(UUID.fromString("14e95a5e-02eb-49aa-a39a-447d90544873"))
                .defaultRole("BIM Manager"));

        server.verify(patchRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + TestServers.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"status":"inactive","company_id":"14e95a5e-02eb-49aa-a39a-447d90544873",
                         "default_role":"BIM Manager"}""")));
        assertThat(user.getStatus()).isEqualTo(UserStatus.INACTIVE.getValue());
        assertThat(user.getRole()).isEqualTo(UserRole.ACCOUNT_ADMIN.getValue());
        assertThat(user.getLastSignIn()).isEqualTo(OffsetDateTime.parse("2016-04-07T08:00:24.020422Z"));
    }

    @Test
    void aPatchWithOneFieldSendsThatFieldOnly() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(EXAMPLE_RESPONSE)));

        client.updateAccountUser(ACCOUNT, USER,
                new AccountUserPatch().companyId(UUID.fromString("14e95a5e-02eb-49aa-a39a-447d90544873")));

        String body = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).isEqualTo("{\"company_id\":\"14e95a5e-02eb-49aa-a39a-447d90544873\"}");
    }

    @Test
    void stripsTheDataManagementPrefixAndSendsTheRegion() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody(EXAMPLE_RESPONSE)));
        try (AutodeskAccountAdminClient emea = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("t")).region(Region.EMEA).build()) {
            emea.updateAccountUser("b." + ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.ACTIVE));
        }
        server.verify(patchRequestedFor(urlEqualTo(PATH)).withHeader("Region", equalTo("EMEA")));
    }

    @Test
    void refusesAnEmptyPatchAndBadIdsTogetherAndSendsNothing() {
        assertThatThrownBy(() -> client.updateAccountUser("b.not-a-uuid", "", new AccountUserPatch()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("account_id", "uuid"),
                                org.assertj.core.groups.Tuple.tuple("user_id", "NotBlank"),
                                org.assertj.core.groups.Tuple.tuple("", "patch-not-empty")))
                .hasMessageContaining("nothing was sent");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesADefaultRoleOverTheSpecsMaxLength() {
        String role = "r".repeat(256);
        assertThatThrownBy(() -> client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().defaultRole(role)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.path()).isEqualTo("default_role");
                            assertThat(v.rule()).isEqualTo("Size");
                            assertThat(v.message()).contains("255");
                        }));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aMissingAccountIsANotFoundWithTheVendorsCode() {
        String body = "{\"code\":1004,\"message\":\"this account doesn't exist.\"}";
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404).withBody(body)));

        assertThatThrownBy(() -> client.updateAccountUser(ACCOUNT, USER,
                new AccountUserPatch().status(UserStatusUpdate.ACTIVE)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.vendorCode()).contains("1004");
                    assertThat(e.vendorMessage()).contains("this account doesn't exist.");
                    assertThat(e.rawBody()).isEqualTo(body);
                    assertThat(e.path()).isEqualTo(PATH);
                    assertThat(e.getMessage()).contains("404").contains("1004").doesNotContain(TestServers.TOKEN);
                });
    }

    @Test
    void changingThePendingUsersStatusIsAConflict() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(409)
                .withBody("{\"code\":1009,\"message\":\"user is pending\"}")));
        assertThatThrownBy(() -> client.updateAccountUser(ACCOUNT, USER,
                new AccountUserPatch().status(UserStatusUpdate.ACTIVE)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("user is pending");
    }

    @Test
    void authErrorsInTheirOwnShapeAreParsed() {
        server.stubFor(patch(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody("""
                {"developerMessage":"The token is expired.","userMessage":"","errorCode":"AUTH-006",
                 "more info":"https://aps.autodesk.com"}""")));
        assertThatThrownBy(() -> client.updateAccountUser(ACCOUNT, USER,
                new AccountUserPatch().status(UserStatusUpdate.ACTIVE)))
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.vendorCode()).contains("AUTH-006");
                    assertThat(e.vendorMessage()).contains("The token is expired.");
                    assertThat(e.getMessage()).doesNotContain(TestServers.TOKEN);
                });
    }
}
