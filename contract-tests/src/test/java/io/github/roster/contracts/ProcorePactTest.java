package io.github.roster.contracts;

import static io.github.roster.contracts.Contracts.BEARER;
import static io.github.roster.contracts.Contracts.JSON;
import static io.github.roster.contracts.Contracts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.UnprocessableEntityException;
import io.github.roster.procore.Avatar;
import io.github.roster.procore.CompanyUserDeactivation;
import io.github.roster.procore.CompanyUserMatch;
import io.github.roster.procore.CompanyUserSyncItemResult;
import io.github.roster.procore.CompanyUserSyncOutcome;
import io.github.roster.procore.CompanyUserSyncResult;
import io.github.roster.procore.ListCompanyUsersOptions;
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

/** What the facade relies on from Procore's company-user operations. */
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

    static final long INACTIVE = SandboxSeed.PROCORE_INACTIVE_USER_ID;
    static final String USERS = "/rest/v1.3/companies/" + COMPANY + "/users";
    static final String INACTIVE_USERS = "/rest/v1.0/companies/" + COMPANY + "/users/inactive";
    static final String FOUR_ACTIVE = "company " + COMPANY + " has 4 active users, ann.lee and joann.lee among them,"
            + " and 1 inactive user";
    static final String INACTIVE_EXISTS = "company user " + INACTIVE + " is inactive in company " + COMPANY;
    static final String JANE_IS_NEW = "no user of company " + COMPANY + " has jane.doe@example.com";
    static final String SYNC_STATE = "no user of company " + COMPANY + " has origin id E-3001 and user 999999 does not"
            + " exist";
    /**
     * One value of a {@code Link} header: Pact splits the header at commas and matches each link on its own, so
     * the first page's contract pins the form of its links and its example (first and next) is what the facade
     * follows; the last page's contract says no link is {@code next}.
     */
    static final String LINK = "<[^>]*>; rel=\"(first|prev|next|last)\"";
    static final String NO_NEXT = "^(?!.*rel=\"next\").*$";

    /** A request with the bearer token and the company header. */
    private static au.com.dius.pact.consumer.dsl.PactDslRequestWithPath request(PactDslWithState given,
            String description, String method, String path) {
        return given.uponReceiving(description).method(method).path(path)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .headers("Procore-Company-Id", String.valueOf(COMPANY));
    }

    private static au.com.dius.pact.consumer.dsl.PactDslRequestWithPath get(PactDslWithState given,
                                                                          String description, String path) {
        return request(given, description, "GET", path);
    }

    /** A request with a JSON body, the bearer token and the company header. */
    private static au.com.dius.pact.consumer.dsl.PactDslRequestWithPath withJson(PactDslWithState given,
            String description, String method, String path, String json) {
        return request(given, description, method, path).matchHeader("Content-Type", JSON, "application/json")
                .body(json, "application/json");
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact listTwoPages(PactDslWithProvider builder) {
        PactDslWithState next = get(builder.given(FOUR_ACTIVE), "the first page of 3 active users, with a next link",
                USERS).query("page=1&per_page=3")
                .willRespondWith().status(200)
                .matchHeader("Link", LINK, "<https://api.procore.com" + USERS + "?page=2&per_page=3>; rel=\"next\"")
                .body(au.com.dius.pact.consumer.dsl.PactDslJsonArray.arrayMinMaxLike(3, 3)
                        .integerType("id", USER).stringType("email_address", "john.smith@example.com")
                        .booleanValue("is_active", true).closeObject())
                .given(FOUR_ACTIVE);
        return get(next, "the last page of active users, without a next link", USERS)
                .query("page=2&per_page=3")
                .willRespondWith().status(200)
                .matchHeader("Link", NO_NEXT, "<https://api.procore.com" + USERS + "?page=1&per_page=3>; rel=\"first\"")
                .body(au.com.dius.pact.consumer.dsl.PactDslJsonArray.arrayMinMaxLike(1, 1)
                        .integerType("id", OTHER).stringType("email_address", "maria.garcia@example.com")
                        .booleanValue("is_active", true).closeObject())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listTwoPages")
    void listTwoPages(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            List<CompanyUser> users = client.listCompanyUsers(COMPANY,
                    ListCompanyUsersOptions.DEFAULT.withPerPage(3)).stream().toList();
            assertThat(users).hasSize(4).allMatch(CompanyUser::getIsActive);
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact exactLookupOverAFuzzySearch(PactDslWithProvider builder) {
        PactDslWithState next = get(builder.given(FOUR_ACTIVE), "a search for ann.lee that also finds joann.lee", USERS)
                .query("page=1&per_page=100&filters[search]=ann.lee@example.com")
                .willRespondWith().status(200)
                .body(new au.com.dius.pact.consumer.dsl.PactDslJsonArray()
                        .object().integerType("id", SandboxSeed.PROCORE_ANN_LEE_ID)
                        .stringValue("email_address", "ann.lee@example.com").closeObject()
                        .object().integerType("id", SandboxSeed.PROCORE_JOANN_LEE_ID)
                        .stringValue("email_address", "joann.lee@example.com").closeObject())
                .given(FOUR_ACTIVE);
        return get(next, "the inactive users, walked whole (no filters exist)", INACTIVE_USERS)
                .query("page=1&per_page=100")
                .willRespondWith().status(200)
                .body(au.com.dius.pact.consumer.dsl.PactDslJsonArray.arrayMinMaxLike(1, 1)
                        .integerType("id", INACTIVE).stringValue("email_address", "former@example.com")
                        .booleanValue("is_active", false).closeObject())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "exactLookupOverAFuzzySearch")
    void exactLookupOverAFuzzySearch(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            List<CompanyUserMatch> found = client.findCompanyUsersByEmail(COMPANY, "ann.lee@example.com");
            assertThat(found).singleElement().satisfies(m -> {
                assertThat(m.id()).isEqualTo(SandboxSeed.PROCORE_ANN_LEE_ID);
                assertThat(m.active()).isTrue();
            });
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact show(PactDslWithProvider builder) {
        return get(builder.given(USER_EXISTS), "a show of one company user", PATH)
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().integerType("id", USER).stringType("last_name", "Smith")
                        .stringType("email_address", "john.smith@example.com").booleanType("is_active", true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "show")
    void show(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            assertThat(client.showCompanyUser(COMPANY, USER).getId()).isEqualTo(USER);
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact create(PactDslWithProvider builder) {
        return withJson(builder.given(JANE_IS_NEW), "a new company user wrapped in user", "POST", USERS,
                "{\"user\":{\"last_name\":\"Doe\",\"email_address\":\"jane.doe@example.com\","
                        + "\"origin_id\":\"E-2002\"}}")
                .willRespondWith().status(201)
                .body(new PactDslJsonBody().integerType("id", 1234567890124L).stringValue("last_name", "Doe")
                        .stringValue("email_address", "jane.doe@example.com").stringValue("origin_id", "E-2002")
                        .booleanValue("is_active", true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void create(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            CompanyUser user = client.createCompanyUser(COMPANY, new CompanyUserCreate().lastName("Doe")
                    .emailAddress("jane.doe@example.com").originId("E-2002"));
            assertThat(user.getOriginId()).isEqualTo("E-2002");
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact reactivate(PactDslWithProvider builder) {
        return request(builder.given(INACTIVE_EXISTS),
                "a reactivation through the v1.0 inactive-users path, without a body", "PATCH",
                INACTIVE_USERS + "/" + INACTIVE)
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().integerType("id", INACTIVE).booleanValue("is_active", true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "reactivate")
    void reactivate(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            assertThat(client.reactivateCompanyUser(COMPANY, INACTIVE).getIsActive()).isTrue();
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact syncWithAnErrorItem(PactDslWithProvider builder) {
        return withJson(builder.given(SYNC_STATE),
                "a sync of a joiner and an unknown id, answered 200 with one error item", "PATCH", USERS + "/sync",
                "{\"updates\":[{\"last_name\":\"New\",\"email_address\":\"new.hire@example.com\","
                        + "\"origin_id\":\"E-3001\"},{\"id\":999999,\"is_active\":false}]}")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody()
                        .minArrayLike("entities", 1, 1).integerType("id", 1234567890130L)
                        .stringValue("origin_id", "E-3001").closeObject().closeArray()
                        .minArrayLike("errors", 1, 1).integerType("id", 999999L)
                        .object("errors").array("id").stringValue("not found").closeArray().closeObject()
                        .closeObject().closeArray())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "syncWithAnErrorItem")
    void syncWithAnErrorItem(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            CompanyUserSyncResult result = client.syncCompanyUsers(COMPANY, List.of(
                    new CompanyUserSyncItem().originId("E-3001").lastName("New").emailAddress("new.hire@example.com"),
                    new CompanyUserSyncItem().id(999999L).isActive(false)));
            assertThat(result.allSucceeded()).isFalse();
            assertThat(result.items()).extracting(CompanyUserSyncItemResult::outcome)
                    .containsExactly(CompanyUserSyncOutcome.SYNCED, CompanyUserSyncOutcome.FAILED);
            assertThat(result.items().get(1).errors()).containsEntry("id", List.of("not found"));
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact deactivate(PactDslWithProvider builder) {
        PactDslWithState next = get(builder.given(USER_EXISTS), "a read of the user before deactivating it", PATH)
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().integerType("id", USER).stringValue("last_name", "Smith")
                        .stringValue("email_address", "john.smith@example.com").booleanValue("is_active", true))
                .given(USER_EXISTS);
        return withJson(next, "a deactivation sending is_active=false with the current last name and e-mail",
                "PATCH", PATH, "{\"user\":{\"last_name\":\"Smith\",\"email_address\":\"john.smith@example.com\","
                        + "\"is_active\":false}}")
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().integerType("id", USER).booleanValue("is_active", false))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deactivate")
    void deactivate(MockServer server) {
        try (ProcoreDirectoryClient client = Contracts.procore(server)) {
            CompanyUserDeactivation done = client.deactivateCompanyUser(COMPANY, USER);
            assertThat(done.sent()).isTrue();
            assertThat(done.user().getIsActive()).isFalse();
        }
    }
}
