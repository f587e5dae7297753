package io.github.roster.contracts;

import static io.github.roster.contracts.Contracts.BEARER;
import static io.github.roster.contracts.Contracts.JSON;
import static io.github.roster.contracts.Contracts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.matchingrules.MinTypeMatcher;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.roster.autodesk.AccountImportItem;
import io.github.roster.autodesk.AccountImportOutcome;
import io.github.roster.autodesk.AccountImportResult;
import io.github.roster.autodesk.AccountUserDeactivation;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatus;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.ConflictException;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.RateLimitedException;
import io.github.roster.http.PageRequest;
import io.github.roster.http.PagedIterable;
import io.github.roster.sandbox.SandboxSeed;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the facade relies on from BIM 360's account users ({@code hq/v1}). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contracts.BIM360, pactVersion = PactSpecVersion.V4)
class Bim360PactTest {

    static final String ACCOUNT = SandboxSeed.BIM360_ACCOUNT_ID;
    static final String USER = SandboxSeed.BIM360_USER_ID;
    static final String PENDING = SandboxSeed.BIM360_PENDING_USER_ID;
    static final String COMPANY = SandboxSeed.BIM360_COMPANY_ID;
    static final String MISSING_ACCOUNT = "00000000-0000-4000-8000-000000000000";
    static final String ACTIVE_USER = "user " + USER + " is active in account " + ACCOUNT;
    static final int SEEDED_USERS = 6;
    static final String SIX_USERS = "account " + ACCOUNT + " has " + SEEDED_USERS + " users";
    static final String ANN_AND_JOANN = "ann.lee@example.com and joann.lee@example.com are users of account " + ACCOUNT;
    static final String NEW_EMAIL = "sam.new@example.com";
    static final String NO_SAM = "no user of account " + ACCOUNT + " has the e-mail " + NEW_EMAIL;
    static final String USERS = "/hq/v1/accounts/" + ACCOUNT + "/users";

    static String path(String account, String user) {
        return "/hq/v1/accounts/" + account + "/users/" + user;
    }

    private static PactDslJsonBody user(String status) {
        return new PactDslJsonBody().uuid("id", UUID.fromString(USER)).uuid("account_id", UUID.fromString(ACCOUNT))
                .stringValue("status", status).stringMatcher("role", "account_admin|account_user|project_admin",
                        "account_admin")
                .stringType("email", "john.smith@mail.com");
    }

    /** A request with the bearer token and a JSON body. */
    private static PactDslRequestWithPath jsonWrite(PactDslRequestWithoutPath request, String method, String path,
                                                    String body) {
        return request.method(method).path(path)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(body, "application/json");
    }

    /** A GET of {@link #USER}, answered with the user {@code active}. */
    private static PactDslResponse readActiveUser(PactDslRequestWithoutPath request) {
        return request.method("GET").path(path(ACCOUNT, USER))
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(user("active"));
    }

    /** A PATCH of {@link #USER} whose body is the status only, answered with the user {@code inactive}. */
    private static PactDslResponse patchStatusOnly(PactDslRequestWithoutPath request) {
        return jsonWrite(request, "PATCH", path(ACCOUNT, USER), "{\"status\":\"inactive\"}")
                .willRespondWith().status(200).body(user("inactive"));
    }

    private static PactDslJsonBody autodeskError(int code) {
        return new PactDslJsonBody().integerType("code", code).stringType("message", "this account doesn't exist.");
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact getUser(PactDslWithProvider builder) {
        return readActiveUser(builder.given(ACTIVE_USER).uponReceiving("a GET of one account user"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getUser")
    void getUser(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            AccountUser user = client.getAccountUser("b." + ACCOUNT, USER);
            assertThat(user.getId()).isEqualTo(UUID.fromString(USER));
            assertThat(user.getEmail()).isEqualTo("john.smith@mail.com");
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact patchAllThreeFields(PactDslWithProvider builder) {
        return jsonWrite(builder.given(ACTIVE_USER)
                .uponReceiving("a PATCH setting status, default company and default role"),
                "PATCH", path(ACCOUNT, USER),
                "{\"status\":\"inactive\",\"company_id\":\"" + COMPANY + "\",\"default_role\":\"BIM Manager\"}")
                .willRespondWith().status(200)
                .body(user("inactive").uuid("company_id", UUID.fromString(COMPANY)).stringValue("default_role",
                        "BIM Manager"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "patchAllThreeFields")
    void patchAllThreeFields(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            AccountUser user = client.updateAccountUser(ACCOUNT, USER, new AccountUserPatch()
                    .status(UserStatusUpdate.INACTIVE).companyId(UUID.fromString(COMPANY)).defaultRole("BIM Manager"));
            assertThat(user.getStatus()).isEqualTo(UserStatus.INACTIVE.getValue());
            assertThat(user.getDefaultRole()).isEqualTo("BIM Manager");
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact patchOneField(PactDslWithProvider builder) {
        return patchStatusOnly(builder.given(ACTIVE_USER)
                .uponReceiving("a PATCH setting only the status (the body has that one field)"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "patchOneField")
    void patchOneField(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            AccountUser user = client.updateAccountUser("b." + ACCOUNT, USER,
                    new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
            assertThat(user.getStatus()).isEqualTo(UserStatus.INACTIVE.getValue());
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact accountNotFound(PactDslWithProvider builder) {
        return jsonWrite(builder.given("account " + MISSING_ACCOUNT + " does not exist")
                .uponReceiving("a PATCH in an account that does not exist"),
                "PATCH", path(MISSING_ACCOUNT, USER),
                "{\"status\":\"active\"}")
                .willRespondWith().status(404).body(autodeskError(1004))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "accountNotFound")
    void accountNotFound(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            assertThatThrownBy(() -> client.updateAccountUser(MISSING_ACCOUNT, USER,
                    new AccountUserPatch().status(UserStatusUpdate.ACTIVE)))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.vendorCode()).contains("1004");
                        assertThat(e.vendorMessage()).contains("this account doesn't exist.");
                    });
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact pendingUserStatusConflict(PactDslWithProvider builder) {
        return jsonWrite(builder.given("user " + PENDING + " is pending in account " + ACCOUNT)
                .uponReceiving("a status change of a pending user"),
                "PATCH", path(ACCOUNT, PENDING),
                "{\"status\":\"active\"}")
                .willRespondWith().status(409)
                .body(new PactDslJsonBody().integerType("code", 409).stringType("message", "status cannot change"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "pendingUserStatusConflict")
    void pendingUserStatusConflict(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            assertThatThrownBy(() -> client.updateAccountUser(ACCOUNT, PENDING,
                    new AccountUserPatch().status(UserStatusUpdate.ACTIVE)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.vendorCode()).contains("409");
                        assertThat(e.vendorMessage()).isPresent();
                    });
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact rateLimited(PactDslWithProvider builder) {
        return jsonWrite(builder.given("the rate limit is used up")
                .uponReceiving("a PATCH over the rate limit"),
                "PATCH", path(ACCOUNT, USER),
                "{\"default_role\":\"Superintendent\"}")
                .willRespondWith().status(429)
                .matchHeader("Retry-After", "\\d+", "40")
                .body(new PactDslJsonBody().integerType("code", 429).stringType("message", "Too many requests"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rateLimited")
    void rateLimited(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            assertThatThrownBy(() -> client.updateAccountUser(ACCOUNT, USER,
                    new AccountUserPatch().defaultRole("Superintendent")))
                    .isInstanceOfSatisfying(RateLimitedException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(40)));
        }
    }

    /** An account user as {@code hq/v1} answers it: the fields the facade reads, matched by type. */
    private static PactDslJsonBody anyUser(PactDslJsonBody body, String email, String status) {
        return body.uuid("id").uuid("account_id", UUID.fromString(ACCOUNT)).stringType("email", email)
                .stringType("status", status);
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact listTwoPages(PactDslWithProvider builder) {
        return builder.given(SIX_USERS)
                .uponReceiving("the first page of account users (a full page)")
                .method("GET").path(USERS).query("limit=4&offset=0")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200)
                .body(anyUser((PactDslJsonBody) PactDslJsonArray.arrayMinMaxLike(4, 4, 4), "user@example.com",
                        "active").closeObject())
                .given(SIX_USERS)
                .uponReceiving("the second page of account users (a short page: the last)")
                .method("GET").path(USERS).query("limit=4&offset=4")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200)
                .body(anyUser((PactDslJsonBody) PactDslJsonArray.arrayMinMaxLike(1, 3, 2), "user@example.com",
                        "active").closeObject())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listTwoPages")
    void listTwoPages(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            List<AccountUser> users = PagedIterable.of(PageRequest.first(4),
                    request -> client.listAccountUsersPage("b." + ACCOUNT, request)).stream().toList();
            assertThat(users).hasSize(SEEDED_USERS);
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact exactLookupAnsweredFuzzily(PactDslWithProvider builder) {
        // The mock answers fuzzily (a near miss first, then the exact match); the contract itself only says "an
        // array of at least one user of this shape", which the sandbox's exact partial=false answer also keeps.
        PactDslJsonArray answer = new PactDslJsonArray();
        anyUser(answer.object(), "joann.lee@example.com", "active").closeObject();
        anyUser(answer.object(), "ann.lee@example.com", "active").closeObject();
        answer.getMatchers().addRule("$", new MinTypeMatcher(1));
        return builder.given(ANN_AND_JOANN)
                .uponReceiving("an exact search by e-mail, answered with a near miss too")
                .method("GET").path(USERS + "/search")
                .query("email=ann.lee@example.com&partial=false&operator=AND&limit=100&offset=0")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(answer)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "exactLookupAnsweredFuzzily")
    void exactLookupAnsweredFuzzily(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            List<AccountUser> found = client.findAccountUsersByEmail(ACCOUNT, "ann.lee@example.com");
            assertThat(found).extracting(AccountUser::getEmail).containsExactly("ann.lee@example.com");
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact createUser(PactDslWithProvider builder) {
        return jsonWrite(builder.given(NO_SAM).uponReceiving("a POST creating one account user"), "POST", USERS,
                "{\"email\":\"" + NEW_EMAIL + "\",\"first_name\":\"Sam\",\"last_name\":\"New\"}")
                .willRespondWith().status(201)
                .body(new PactDslJsonBody().uuid("id").uuid("account_id", UUID.fromString(ACCOUNT))
                        .stringValue("email", NEW_EMAIL).stringValue("status", "not_invited"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createUser")
    void createUser(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            AccountUser created = client.createAccountUser("b." + ACCOUNT,
                    new AccountUserCreate().email(NEW_EMAIL).firstName("Sam").lastName("New"));
            assertThat(created.getStatus()).isEqualTo(UserStatus.NOT_INVITED.getValue());
            assertThat(created.getId()).isNotNull();
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact importWithAFailureItem(PactDslWithProvider builder) {
        PactDslJsonBody answer = new PactDslJsonBody().integerType("success", 1).integerType("failure", 1);
        answer.minArrayLike("success_items", 1).uuid("id").stringType("email", NEW_EMAIL)
                .stringType("status", "not_invited").closeObject().closeArray();
        PactDslJsonBody failure = answer.minArrayLike("failure_items", 1);
        failure.object("item").stringType("email", "john.smith@mail.com").closeObject();
        failure.stringType("error", "The email address is already in use.").closeObject().closeArray();
        return jsonWrite(builder.given(NO_SAM + " and john.smith@mail.com is one")
                .uponReceiving("a users/import of two users, one of them already in the account"),
                "POST", USERS + "/import",
                "[{\"email\":\"" + NEW_EMAIL + "\"},{\"email\":\"john.smith@mail.com\"}]")
                .willRespondWith().status(201).body(answer)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "importWithAFailureItem")
    void importWithAFailureItem(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            AccountImportResult result = client.importAccountUsers(ACCOUNT, List.of(
                    new AccountUserCreate().email(NEW_EMAIL), new AccountUserCreate().email("john.smith@mail.com")));
            assertThat(result.items()).extracting(AccountImportItem::outcome)
                    .containsExactly(AccountImportOutcome.CREATED, AccountImportOutcome.FAILED);
            assertThat(result.items().get(1).failureReason()).contains("The email address is already in use.");
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact deactivateActiveUser(PactDslWithProvider builder) {
        PactDslResponse read = readActiveUser(builder.given(ACTIVE_USER)
                .uponReceiving("the read before a deactivation"));
        return patchStatusOnly(read.given(ACTIVE_USER).uponReceiving("a deactivation: a PATCH with the status only"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deactivateActiveUser")
    void deactivateActiveUser(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            AccountUserDeactivation done = client.deactivateAccountUser("b." + ACCOUNT, USER);
            assertThat(done.kind()).isEqualTo(AccountUserDeactivation.Kind.DEACTIVATED);
            assertThat(done.user().getStatus()).isEqualTo(UserStatus.INACTIVE.getValue());
        }
    }
}
