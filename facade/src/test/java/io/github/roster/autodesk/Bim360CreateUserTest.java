package io.github.roster.autodesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.ConflictException;
import io.github.roster.error.TransportException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.http.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BIM 360 {@code POST /hq/v1/accounts/{account_id}/users}: create one account user. */
class Bim360CreateUserTest extends Bim360WireMockTest {

    static final String NEW_ID = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";

    @Test
    void sendsTheFieldsSetAndDecodesTheNotInvitedUser() {
        server.stubFor(post(urlEqualTo(Bim360Users.USERS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("x-ads-request-id", "req-7")
                .withBody(Bim360Users.user(NEW_ID, "sam.new@example.com", "not_invited"))));

        Response<AccountUser> created = client.createAccountUserWithResponse("b." + Bim360Users.ACCOUNT,
                new AccountUserCreate().email("sam.new@example.com").firstName("Sam").lastName("New")
                        .companyId(UUID.fromString("14e95a5e-02eb-49aa-a39a-447d90544873")));

        server.verify(postRequestedFor(urlEqualTo(Bim360Users.USERS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"email":"sam.new@example.com","first_name":"Sam","last_name":"New",
                         "company_id":"14e95a5e-02eb-49aa-a39a-447d90544873"}""")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.requestId()).contains("req-7");
        assertThat(created.value().getId()).isEqualTo(UUID.fromString(NEW_ID));
        assertThat(created.value().getStatus()).isEqualTo("not_invited");
    }

    @Test
    void anEmailInUseIsAConflict() {
        server.stubFor(post(urlEqualTo(Bim360Users.USERS)).willReturn(aResponse().withStatus(409)
                .withBody("{\"code\":1002,\"message\":\"The email address is already in use.\"}")));

        assertThatThrownBy(() -> client.createAccountUser(Bim360Users.ACCOUNT,
                new AccountUserCreate().email("john.smith@mail.com")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.vendorMessage()).contains("The email address is already in use."));
    }

    @Test
    void aLostAnswerIsNeverReSentAndSaysItMayHaveBeenProcessed() {
        server.stubFor(post(urlEqualTo(Bim360Users.USERS))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (AutodeskAccountAdminClient retrying = Bim360Users.retrying(server)) {
            assertThatThrownBy(() -> retrying.createAccountUser(Bim360Users.ACCOUNT,
                    new AccountUserCreate().email("sam.new@example.com")))
                    .isInstanceOfSatisfying(TransportException.class,
                            e -> assertThat(e.requestMayHaveBeenProcessed()).isTrue());
        }
        server.verify(1, postRequestedFor(urlEqualTo(Bim360Users.USERS)));
    }

    @Test
    void badFieldsAreNamedAndNothingIsSent() {
        assertThatThrownBy(() -> client.createAccountUser("x", new AccountUserCreate().email("not an e-mail")
                .jobTitle("j".repeat(256))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactlyInAnyOrder("account_id", "email", "job_title"));
        assertThatThrownBy(() -> client.createAccountUser(Bim360Users.ACCOUNT, new AccountUserCreate()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("email"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }
}
