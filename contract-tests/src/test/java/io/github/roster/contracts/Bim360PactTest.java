package io.github.roster.contracts;

import static io.github.roster.contracts.Contracts.BEARER;
import static io.github.roster.contracts.Contracts.JSON;
import static io.github.roster.contracts.Contracts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatus;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.ConflictException;
import io.github.roster.error.NotFoundException;
import io.github.roster.error.RateLimitedException;
import io.github.roster.sandbox.SandboxSeed;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the facade relies on from BIM 360's PATCH account user. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contracts.BIM360, pactVersion = PactSpecVersion.V4)
class Bim360PactTest {

    static final String ACCOUNT = SandboxSeed.BIM360_ACCOUNT_ID;
    static final String USER = SandboxSeed.BIM360_USER_ID;
    static final String PENDING = SandboxSeed.BIM360_PENDING_USER_ID;
    static final String COMPANY = SandboxSeed.BIM360_COMPANY_ID;
    static final String MISSING_ACCOUNT = "00000000-0000-4000-8000-000000000000";
    static final String ACTIVE_USER = "user " + USER + " is active in account " + ACCOUNT;

    static String path(String account, String user) {
        return "/hq/v1/accounts/" + account + "/users/" + user;
    }

    private static PactDslJsonBody user(String status) {
        return new PactDslJsonBody().uuid("id", UUID.fromString(USER)).uuid("account_id", UUID.fromString(ACCOUNT))
                .stringValue("status", status).stringMatcher("role", "account_admin|account_user|project_admin",
                        "account_admin")
                .stringType("email", "john.smith@mail.com");
    }

    private static PactDslJsonBody autodeskError(int code) {
        return new PactDslJsonBody().integerType("code", code).stringType("message", "this account doesn't exist.");
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact getUser(PactDslWithProvider builder) {
        return builder.given(ACTIVE_USER)
                .uponReceiving("a GET of one account user")
                .method("GET").path(path(ACCOUNT, USER))
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(user("active"))
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
        return builder.given(ACTIVE_USER)
                .uponReceiving("a PATCH setting status, default company and default role")
                .method("PATCH").path(path(ACCOUNT, USER))
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body("{\"status\":\"inactive\",\"company_id\":\"" + COMPANY + "\",\"default_role\":\"BIM Manager\"}",
                        "application/json")
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
        return builder.given(ACTIVE_USER)
                .uponReceiving("a PATCH setting only the status (the body has that one field)")
                .method("PATCH").path(path(ACCOUNT, USER))
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body("{\"status\":\"inactive\"}", "application/json")
                .willRespondWith().status(200).body(user("inactive"))
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
        return builder.given("account " + MISSING_ACCOUNT + " does not exist")
                .uponReceiving("a PATCH in an account that does not exist")
                .method("PATCH").path(path(MISSING_ACCOUNT, USER))
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body("{\"status\":\"active\"}", "application/json")
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
        return builder.given("user " + PENDING + " is pending in account " + ACCOUNT)
                .uponReceiving("a status change of a pending user")
                .method("PATCH").path(path(ACCOUNT, PENDING))
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body("{\"status\":\"active\"}", "application/json")
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
        return builder.given("the rate limit is used up")
                .uponReceiving("a PATCH over the rate limit")
                .method("PATCH").path(path(ACCOUNT, USER))
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body("{\"default_role\":\"Superintendent\"}", "application/json")
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
}
