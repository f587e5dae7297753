package io.github.roster.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.TokenRequestException;
import io.github.roster.http.FakeTime;
import io.github.roster.http.Loopback;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client-credentials provider inside real calls: a 401 from the API replaces the token, and a token
 * request that fails transiently is retried under the call's retry policy, for a POST too (nothing was sent).
 */
class TokensInCallsTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    static final String TOKEN_PATH = "/authentication/v2/token";
    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    static final String PATCH_PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    static final String PROJECT = "3f2a7f4c-7b0c-4d49-9a0f-25b0c6c8e4d1";
    static final String IMPORT_PATH = "/construction/admin/v2/projects/" + PROJECT + "/users:import";

    private final FakeTime time = new FakeTime();
    private AutodeskAccountAdminClient client;

    @BeforeEach
    void open() {
        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder()
                .authBaseUrl(server.baseUrl()).clientId("id").clientSecret("secret").clock(time).build();
        client = AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(tokens)
                .httpOptions(time.options().build())
                .build();
        server.stubFor(patch(urlEqualTo(PATCH_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + USER + "\"}")));
        server.stubFor(post(urlEqualTo(IMPORT_PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"a1b2c3d4-0000-4000-8000-000000000001\"}")));
    }

    @AfterEach
    void close() {
        client.close();
    }

    private void deactivate() {
        client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
    }

    private AccImportResult importOne() {
        return client.importProjectUsers(PROJECT, List.of(new ProjectUserImport().email("a@example.com")
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER))));
    }

    @Test
    void aTokenRefusedByTheApiIsReplacedOnce() {
        Loopback.answerInOrder(server, () -> post(urlEqualTo(TOKEN_PATH)),
                AutodeskClientCredentialsTest.token("tok-old", 3600),
                AutodeskClientCredentialsTest.token("tok-new", 3600));
        server.stubFor(patch(urlEqualTo(PATCH_PATH)).withHeader("Authorization", equalTo("Bearer tok-old"))
                .willReturn(aResponse().withStatus(401)));

        deactivate();
        deactivate();

        server.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        server.verify(1, patchRequestedFor(urlEqualTo(PATCH_PATH)).withHeader("Authorization", equalTo("Bearer tok-old")));
        server.verify(2, patchRequestedFor(urlEqualTo(PATCH_PATH)).withHeader("Authorization", equalTo("Bearer tok-new")));
    }

    @Test
    void aRateLimitedTokenRequestIsRetriedAfterItsHint() {
        Loopback.answerInOrder(server, () -> post(urlEqualTo(TOKEN_PATH)),
                aResponse().withStatus(429).withHeader("Retry-After", "3"),
                AutodeskClientCredentialsTest.token("tok-1", 3600));

        deactivate();

        server.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        server.verify(1, patchRequestedFor(urlEqualTo(PATCH_PATH)));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aResetTokenRequestIsRetriedEvenForTheImportPostWhichWasNeverSent() {
        Loopback.answerInOrder(server, () -> post(urlEqualTo(TOKEN_PATH)),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                AutodeskClientCredentialsTest.token("tok-1", 3600));

        assertThat(importOne().allAccepted()).isTrue();

        server.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        server.verify(1, postRequestedFor(urlEqualTo(IMPORT_PATH)));
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void wrongCredentialsFailTheCallAtOnceAndSendNothingToTheApi() {
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"developerMessage\":\"The client_id specified does not have access to the api product\","
                        + "\"errorCode\":\"AUTH-001\"}")));

        TokenRequestException e = catchThrowableOfType(TokenRequestException.class, this::deactivate);

        assertThat(e.status()).isEqualTo(401);
        assertThat(importOne().batches().get(0).error()).isInstanceOf(TokenRequestException.class);
        server.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        server.verify(0, patchRequestedFor(urlEqualTo(PATCH_PATH)));
        server.verify(0, postRequestedFor(urlEqualTo(IMPORT_PATH)));
        assertThat(time.sleeps()).isEmpty();
    }
}
