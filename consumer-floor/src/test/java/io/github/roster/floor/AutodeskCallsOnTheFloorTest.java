package io.github.roster.floor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.TransportException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a consumer does with Roster, on the lowest supported HttpClient 5, Jackson and Hibernate Validator:
 * build a client, PATCH a BIM 360 account user, import ACC project users, and have invalid nested input
 * refused before anything is sent, and a malformed answer reported as such.
 */
class AutodeskCallsOnTheFloorTest {

    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    static final String PATCH_PATH = "/hq/v1/accounts/" + ACCOUNT + "/users/" + USER;
    static final String PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93";
    static final String IMPORT_PATH = "/construction/admin/v2/projects/" + PROJECT + "/users:import";
    static final String JOB = "0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
            .baseUrl(server.baseUrl())
            .tokenProvider(TokenProvider.of("floor-token"))
            .build();

    @AfterEach
    void close() {
        autodesk.close();
    }

    @Test
    void patchesABim360UserAndDecodesTheAnswer() {
        server.stubFor(patch(urlEqualTo(PATCH_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id":"a75e8769-621e-40b6-a524-0cffdd2f784e","account_id":"9dbb160e-b904-458b-bc5c-ed184687592d",
                         "status":"inactive","email":"john.smith@mail.com","name":"John Smith",
                         "last_sign_in":"2016-04-07 08:00:24.020422","updated_at":"2016-04-07T08:00:24.027Z",
                         "a_field_added_later":"ignored"}""")));

        AccountUser user = autodesk.updateAccountUser("b." + ACCOUNT, USER,
                new AccountUserPatch().status(UserStatusUpdate.INACTIVE));

        server.verify(patchRequestedFor(urlEqualTo(PATCH_PATH))
                .withHeader("Authorization", equalTo("Bearer floor-token"))
                .withRequestBody(equalToJson("{\"status\":\"inactive\"}")));
        assertThat(user.getEmail()).isEqualTo("john.smith@mail.com");
        assertThat(user.getStatus()).hasToString("inactive");
        assertThat(user.getUpdatedAt()).isEqualTo(OffsetDateTime.of(2016, 4, 7, 8, 0, 24, 27_000_000, ZoneOffset.UTC));
    }

    @Test
    void reportsAMalformedAnswerAsUnreadable() {
        server.stubFor(patch(urlEqualTo(PATCH_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"a75e8769-")));

        TransportException e = catchThrowableOfType(TransportException.class, () -> autodesk.updateAccountUser(
                ACCOUNT, USER, new AccountUserPatch().status(UserStatusUpdate.ACTIVE)));

        assertThat(e).as("a success answer that is not JSON").isNotNull();
        assertThat(e.responseUnreadable()).isTrue();
    }

    @Test
    void importsAccProjectUsers() {
        server.stubFor(post(urlEqualTo(IMPORT_PATH)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"jobId\":\"" + JOB + "\"}")));
        List<ProjectUserImport> users = List.of(
                member("jane.doe@example.com"),
                member("john.smith@example.com"));

        AccImportResult result = autodesk.importProjectUsers(PROJECT, users);

        server.verify(postRequestedFor(urlEqualTo(IMPORT_PATH))
                .withRequestBody(matchingJsonPath("$.users[1].email", equalTo("john.smith@example.com")))
                .withRequestBody(matchingJsonPath("$.users[0].products[0].key", equalTo("docs")))
                .withRequestBody(matchingJsonPath("$.users[0].products[0].access", equalTo("member"))));
        assertThat(result.allAccepted()).isTrue();
        assertThat(result.acceptedUserCount()).isEqualTo(2);
        assertThat(result.batches()).singleElement()
                .satisfies(batch -> assertThat(batch.jobId()).isEqualTo(UUID.fromString(JOB)));
    }

    @Test
    void refusesAnInvalidNestedProductBeforeSending() {
        ProjectUserImport noAccessLevel = new ProjectUserImport().email("jane.doe@example.com")
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS));

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> autodesk.importProjectUsers(PROJECT, List.of(noAccessLevel)));

        assertThat(e).as("a product without an access level is refused").isNotNull();
        assertThat(e.violations()).extracting(Violation::path)
                .as("validation cascades into the list's elements (List<@Valid ProductAccess>)")
                .anySatisfy(path -> assertThat(path).contains("products[0]").contains("access"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    private static ProjectUserImport member(String email) {
        return new ProjectUserImport().email(email)
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER));
    }
}
