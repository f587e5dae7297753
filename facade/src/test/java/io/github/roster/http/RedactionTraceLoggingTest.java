package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.ProcoreClientCredentials;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.TokenRequestException;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * With Roster's loggers at TRACE (wire lines, bodies; see the {@code trace-logging} Surefire execution),
 * real calls through both vendors' clients and token providers leave no client secret and no token in the
 * log output, in exception messages or in any {@code toString()}; headers are logged from the allow-list
 * only, and secret-looking JSON values are redacted. Output is captured from System.err, where
 * slf4j-simple writes.
 */
class RedactionTraceLoggingTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    static final String APS_ID = "aps-client-id-TRACE";
    static final String APS_SECRET = "aps-secret-TRACE-9f8e7d";
    static final String APS_TOKEN_1 = "eyJhbGciOiJSUzI1NiJ9.aps-token-ONE";
    static final String APS_TOKEN_2 = "eyJhbGciOiJSUzI1NiJ9.aps-token-TWO";
    static final String PROCORE_SECRET = "procore-secret-TRACE+/= 1a2b";
    static final String PROCORE_TOKEN = "procore-token-TRACE-3c4d";
    static final String PASSWORD = "hunter2-TRACE";
    static final String ECHOED_TOKEN = "fixed-token-TRACE-5e6f";

    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    static final String PATCH_PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    static final String PROJECT = "3f2a7f4c-7b0c-4d49-9a0f-25b0c6c8e4d1";
    static final String IMPORT_PATH = "/construction/admin/v2/projects/" + PROJECT + "/users:import";
    static final String PROCORE_PATH = "/rest/v1.3/companies/8089/users/1234567890123";

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final List<String> messagesAndToStrings = new ArrayList<>();
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        assertThat(LoggerFactory.getLogger("io.github.roster.wire").isTraceEnabled())
                .as("this test needs io.github.roster at TRACE (the trace-logging Surefire execution)").isTrue();
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        if (originalErr != null) {
            System.setErr(originalErr);
            originalErr.print(log());
        }
    }

    private String log() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static List<String> secrets() {
        String apsBasic = Base64.getEncoder().encodeToString(
                (APS_ID + ":" + APS_SECRET).getBytes(StandardCharsets.UTF_8));
        return List.of(APS_SECRET, apsBasic, APS_TOKEN_1, APS_TOKEN_2, PROCORE_SECRET,
                URLEncoder.encode(PROCORE_SECRET, StandardCharsets.UTF_8), PROCORE_TOKEN, PASSWORD, ECHOED_TOKEN);
    }

    private void assertNoSecretAnywhere() {
        String everything = log() + String.join("\n", messagesAndToStrings);
        for (String secret : secrets()) {
            assertThat(everything).as("nothing may show " + secret).doesNotContain(secret);
        }
    }

    @Test
    void autodeskCallsLogEveryAttemptAndNoSecret() {
        Loopback.answerInOrder(server, () -> post(urlEqualTo("/authentication/v2/token")),
                aResponse().withStatus(200).withBody("{\"access_token\":\"" + APS_TOKEN_1
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3599}"),
                aResponse().withStatus(200).withBody("{\"access_token\":\"" + APS_TOKEN_2
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3599}"));
        server.stubFor(patch(urlEqualTo(PATCH_PATH)).withHeader("Authorization", equalTo("Bearer " + APS_TOKEN_1))
                .willReturn(aResponse().withStatus(401).withBody("{\"developerMessage\":\"The token has expired\"}")));
        server.stubFor(patch(urlEqualTo(PATCH_PATH)).withHeader("Authorization", equalTo("Bearer " + APS_TOKEN_2))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Set-Cookie", "session=" + APS_TOKEN_2)
                        .withBody("{\"id\":\"" + USER + "\",\"status\":\"inactive\",\"access_token\":\""
                                + APS_TOKEN_2 + "\"}")));
        server.stubFor(post(urlEqualTo(IMPORT_PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"jobId\":\"a1b2c3d4-0000-4000-8000-000000000001\"}")));
        server.stubFor(post(urlEqualTo("/wrong/authentication/v2/token")).willReturn(aResponse().withStatus(401)
                .withBody("{\"developerMessage\":\"The client_id specified does not have access to the api product\","
                        + "\"errorCode\":\"AUTH-001\"}")));

        AutodeskClientCredentials tokens = AutodeskClientCredentials.builder().authBaseUrl(server.baseUrl())
                .clientId(APS_ID).clientSecret(APS_SECRET).build();
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .region(Region.US).impersonateUser("acc-admin-1").tokenProvider(tokens).build()) {
            client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
            AccImportResult imported = client.importProjectUsers(PROJECT, List.of(new ProjectUserImport()
                    .email("jane@example.com").addProductsItem(
                            new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER))));
            assertThat(imported.allAccepted()).isTrue();
            messagesAndToStrings.add(client.toString());
            messagesAndToStrings.add(imported.toString());
        }
        messagesAndToStrings.add(tokens.toString());
        AutodeskClientCredentials wrong = AutodeskClientCredentials.builder()
                .authBaseUrl(server.baseUrl() + "/wrong").clientId(APS_ID).clientSecret(APS_SECRET).build();
        TokenRequestException refused = catchThrowableOfType(TokenRequestException.class, wrong::token);
        messagesAndToStrings.add(refused.getMessage());
        messagesAndToStrings.add(refused.toString());
        messagesAndToStrings.add(refused.rawBody());
        messagesAndToStrings.add(wrong.toString());

        String log = log();
        String op = "PATCH /hq/v1/accounts/{accountId}/users/{userId} -> ";
        assertThat(log.lines().filter(l -> l.contains(op))).hasSize(2);
        assertThat(log).contains(op + "401 (attempt 1, ").contains("retry at once with a new token")
                .contains(op + "200 (attempt 2, ")
                .contains("POST /construction/admin/v2/projects/{projectId}/users:import -> 202 (attempt 1, ")
                .contains("POST /authentication/v2/token -> 200")
                .contains("POST /wrong/authentication/v2/token -> 401");
        assertThat(log).contains("--> PATCH " + server.baseUrl() + PATCH_PATH)
                .contains("Authorization=[redacted]")
                .contains("Region=US")
                .contains("User-Id=acc-admin-1")
                .containsIgnoringCase("Set-Cookie=[redacted]")
                .contains("\"access_token\":\"[redacted]\"")
                .contains("\"status\":\"inactive\"")
                .contains("jane@example.com");
        assertThat(refused.getMessage()).contains("401").contains("does not have access");
        assertNoSecretAnywhere();
    }

    @Test
    void aTokenEchoedInAnErrorBodyIsKeptOutOfLogsAndExceptions() {
        // some gateways quote the refused credential in free text, where no JSON key says it is secret
        server.stubFor(patch(urlEqualTo(PATCH_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"developerMessage\":\"Token " + ECHOED_TOKEN + " is not valid\",\"errorCode\":\"AUTH-004\"}")));
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(io.github.roster.auth.TokenProvider.of(ECHOED_TOKEN)).build()) {
            io.github.roster.error.UnauthorizedException e = catchThrowableOfType(
                    io.github.roster.error.UnauthorizedException.class, () -> client.updateAccountUser(ACCOUNT, USER,
                            new AccountUserPatch().status(UserStatusUpdate.INACTIVE)));
            messagesAndToStrings.add(e.getMessage());
            messagesAndToStrings.add(e.toString());
            messagesAndToStrings.add(e.rawBody());
            messagesAndToStrings.add(String.valueOf(e.vendorMessage()));
            assertThat(e.vendorCode()).contains("AUTH-004");
        }

        assertThat(log()).contains("<-- 401").contains("is not valid");
        assertNoSecretAnywhere();
    }

    @Test
    void procoreJsonAndMultipartCallsLogNoSecret() {
        server.stubFor(post(urlEqualTo("/oauth/token")).willReturn(aResponse().withStatus(200)
                .withBody("{\"access_token\":\"" + PROCORE_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":5400,"
                        + "\"created_at\":1768471200}")));
        server.stubFor(patch(urlPathEqualTo(PROCORE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Rate-Limit-Remaining", "3598")
                .withBody("{\"id\":1234567890123,\"last_name\":\"Smith\",\"password\":\"" + PASSWORD + "\"}")));

        ProcoreClientCredentials tokens = ProcoreClientCredentials.builder().loginBaseUrl(server.baseUrl())
                .clientId("procore-id").clientSecret(PROCORE_SECRET).build();
        try (ProcoreDirectoryClient client = ProcoreDirectoryClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(tokens).build()) {
            CompanyUserUpdate update = new CompanyUserUpdate().lastName("Smith").emailAddress("john.smith@example.com");
            client.updateCompanyUser(8089L, 1234567890123L, update);
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
            client.updateCompanyUser(8089L, 1234567890123L, update, UpdateCompanyUserOptions.NONE
                    .withAvatar(Avatar.of(new ByteArrayInputStream(png), "face.png")));
            messagesAndToStrings.add(client.toString());
        }
        messagesAndToStrings.add(tokens.toString());

        String log = log();
        String op = "PATCH /rest/v1.3/companies/{companyId}/users/{id} -> 200 (attempt 1, ";
        assertThat(log.lines().filter(l -> l.contains(op))).hasSize(2);
        assertThat(log).contains("POST /oauth/token -> 200")
                .contains("Procore-Company-Id=8089")
                .contains("X-Rate-Limit-Remaining=3598")
                .contains("Authorization=[redacted]")
                .contains("multipart/form-data")
                .contains("body not logged")
                .contains("\"password\":\"[redacted]\"");
        assertNoSecretAnywhere();
    }
}
