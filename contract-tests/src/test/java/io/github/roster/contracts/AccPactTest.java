package io.github.roster.contracts;

import static io.github.roster.contracts.Contracts.BEARER;
import static io.github.roster.contracts.Contracts.JSON;
import static io.github.roster.contracts.Contracts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.core.model.matchingrules.MinTypeMatcher;
import io.github.roster.autodesk.ProjectUserQuery;
import io.github.roster.autodesk.ProjectUserRemoval;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserUpdate;
import io.github.roster.client.autodesk.model.UserProject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.autodesk.AccImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUsersImport;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.client.core.RosterJson;
import io.github.roster.sandbox.SandboxSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the facade relies on from ACC's users:import and project membership calls. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contracts.ACC, pactVersion = PactSpecVersion.V4)
class AccPactTest {

    static final String PROJECT = SandboxSeed.ACC_PROJECT_ID;
    static final String PATH = "/construction/admin/v2/projects/" + PROJECT + "/users:import";
    static final String USER_ID = "6cc15635-2fbd-4f73-afbe-abd833408a1d";
    static final String PROJECT_EXISTS = "project " + PROJECT + " exists";
    static final ObjectMapper JSON_MAPPER = RosterJson.newObjectMapper();

    static ProjectUserImport user(int i) {
        return new ProjectUserImport().email("contract" + i + "@example.com").firstName("First" + i).lastName("Last" + i)
                .companyId(UUID.fromString("c32ffb13-83f8-43fb-bddf-3e5c0c2dda24"))
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.MEMBER));
    }

    static List<ProjectUserImport> users(int from, int to) {
        List<ProjectUserImport> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(user(i));
        }
        return out;
    }

    static String body(List<ProjectUserImport> users) {
        try {
            return JSON_MAPPER.writeValueAsString(new ProjectUsersImport().users(users));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PactDslJsonBody job() {
        return new PactDslJsonBody().uuid("jobId", UUID.fromString("0d7cbc2c-3b1d-4c0f-9f4a-6a0a1d3b9e52"));
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact importWithRegionAndUserId(PactDslWithProvider builder) {
        ProjectUserImport admin = new ProjectUserImport().email("jane.doe@example.com").firstName("Jane").lastName("Doe")
                .roleIds(List.of(UUID.fromString("287d5cc2-9008-462c-96e5-c9491db85d97")))
                .addProductsItem(new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION)
                        .access(ProductAccessLevel.ADMINISTRATOR))
                .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.ADMINISTRATOR));
        return builder.given(PROJECT_EXISTS)
                .uponReceiving("an import of one user with Region and User-Id")
                .method("POST").path(PATH)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .headers("Region", "EMEA", "User-Id", USER_ID)
                .body(body(List.of(admin)), "application/json")
                .willRespondWith().status(202).body(job())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "importWithRegionAndUserId")
    void importWithRegionAndUserId(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).region(Region.EMEA).impersonateUser(USER_ID)
                .build()) {
            ProjectUserImport admin = new ProjectUserImport().email("jane.doe@example.com").firstName("Jane")
                    .lastName("Doe").roleIds(List.of(UUID.fromString("287d5cc2-9008-462c-96e5-c9491db85d97")))
                    .addProductsItem(new ProductAccess().key(ProductKey.PROJECT_ADMINISTRATION)
                            .access(ProductAccessLevel.ADMINISTRATOR))
                    .addProductsItem(new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.ADMINISTRATOR));
            AccImportResult result = client.importProjectUsers("b." + PROJECT, List.of(admin));
            assertThat(result.allAccepted()).isTrue();
            assertThat(result.batches()).singleElement().satisfies(b -> assertThat(b.jobId()).isNotNull());
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact importOf201Users(PactDslWithProvider builder) {
        return builder.given(PROJECT_EXISTS)
                .uponReceiving("the first request of an import of 201 users: users 0 to 199")
                .method("POST").path(PATH)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(body(users(0, 200)), "application/json")
                .willRespondWith().status(202).body(job())
                .given(PROJECT_EXISTS)
                .uponReceiving("the second request of an import of 201 users: user 200")
                .method("POST").path(PATH)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(body(users(200, 201)), "application/json")
                .willRespondWith().status(202).body(job())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "importOf201Users")
    void importOf201Users(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            AccImportResult result = client.importProjectUsers(PROJECT, users(0, 201));
            assertThat(result.allAccepted()).isTrue();
            assertThat(result.batches()).extracting(b -> b.users().size()).containsExactly(200, 1);
            assertThat(result.batches()).extracting(AccImportBatch::firstUserIndex).containsExactly(0, 200);
        }
    }

    static final String USERS = "/construction/admin/v1/projects/" + PROJECT + "/users";
    static final String ANN = SandboxSeed.BIM360_ANN_LEE_ID;
    static final String ANN_IS_A_MEMBER = "ann.lee is an active member of project " + PROJECT;
    static final String THREE_MEMBERS = "project " + PROJECT + " has three active or pending members";
    static final String ANN_AND_JOANN = "ann.lee and joann.lee are both members of project " + PROJECT;
    static final String JOHN_HAS_PROJECTS = "john.smith takes part in projects of account " + SandboxSeed.BIM360_ACCOUNT_ID;

    static PactDslJsonBody pagination(PactDslJsonBody body, int limit, int offset, int total) {
        return body.object("pagination").integerType("limit", limit).integerType("offset", offset)
                .integerType("totalResults", total).closeObject().asBody();
    }

    static PactDslJsonBody membersPage(int limit, int offset, int total, int count) {
        return pagination(new PactDslJsonBody(), limit, offset, total)
                .minArrayLike("results", 1, count).stringType("id", ANN).stringType("email", "ann.lee@example.com")
                .stringType("status", "active").closeObject().closeArray().asBody();
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact listProjectUsersOverTwoPages(PactDslWithProvider builder) {
        return builder.given(THREE_MEMBERS)
                .uponReceiving("the first page of two members of a project listed two at a time")
                .method("GET").path(USERS).query("limit=2&offset=0")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(membersPage(2, 0, 3, 2))
                .given(THREE_MEMBERS)
                .uponReceiving("the second and last page of a project's members listed two at a time")
                .method("GET").path(USERS).query("limit=2&offset=2")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(membersPage(2, 2, 3, 1))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listProjectUsersOverTwoPages")
    void listProjectUsersOverTwoPages(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            assertThat(client.listProjectUsers(PROJECT, ProjectUserQuery.all().withPageSize(2)).stream()).hasSize(3);
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact exactLookupAnsweredFuzzily(PactDslWithProvider builder) {
        PactDslJsonBody page = pagination(new PactDslJsonBody(), 200, 0, 2);
        PactDslJsonArray results = page.array("results");
        results.object().stringType("id", SandboxSeed.BIM360_JOANN_LEE_ID).stringType("email", "joann.lee@example.com")
                .stringType("status", "active").closeObject()
                .object().stringType("id", ANN).stringType("email", "ann.lee@example.com")
                .stringType("status", "active").closeObject();
        results.closeArray();
        // A vendor that matched fuzzily would answer both; the sandbox, asked for equals, answers ann.lee only.
        page.getMatchers().addRule("$.results", new MinTypeMatcher(1));
        return builder.given(ANN_AND_JOANN)
                .uponReceiving("an exact e-mail lookup of project members that a fuzzy server answers with two")
                .method("GET").path(USERS)
                .query("filter[email]=ann.lee@example.com&filterTextMatch=equals&limit=200&offset=0")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "exactLookupAnsweredFuzzily")
    void exactLookupAnsweredFuzzily(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            assertThat(client.findProjectUsersByEmail(PROJECT, "ann.lee@example.com"))
                    .extracting(ProjectUser::getId).containsExactly(ANN);
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact getProjectUser(PactDslWithProvider builder) {
        return builder.given(ANN_IS_A_MEMBER)
                .uponReceiving("a read of one project member")
                .method("GET").path(USERS + "/" + ANN)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(new PactDslJsonBody().stringValue("id", ANN)
                        .stringValue("email", "ann.lee@example.com").stringType("status", "active"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getProjectUser")
    void getProjectUser(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            assertThat(client.getProjectUser("b." + PROJECT, ANN).getEmail()).isEqualTo("ann.lee@example.com");
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact updateProjectUser(PactDslWithProvider builder) {
        return builder.given(ANN_IS_A_MEMBER)
                .uponReceiving("an update of a project member's products with User-Id, answered 201")
                .method("PATCH").path(USERS + "/" + ANN)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .matchHeader("Content-Type", JSON, "application/json")
                .headers("User-Id", USER_ID)
                .body("{\"products\":[{\"key\":\"docs\",\"access\":\"administrator\"}]}", "application/json")
                .willRespondWith().status(201).body(new PactDslJsonBody().stringValue("id", ANN)
                        .array("products").object().stringValue("key", "docs").stringValue("access", "administrator")
                        .closeObject().closeArray())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "updateProjectUser")
    void updateProjectUser(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).impersonateUser(USER_ID).build()) {
            ProjectUser updated = client.updateProjectUser(PROJECT, ANN, new ProjectUserUpdate().products(List.of(
                    new ProductAccess().key(ProductKey.DOCS).access(ProductAccessLevel.ADMINISTRATOR))));
            assertThat(updated.getId()).isEqualTo(ANN);
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact removeProjectUser(PactDslWithProvider builder) {
        return builder.given(ANN_IS_A_MEMBER)
                .uponReceiving("a removal of a project member with User-Id")
                .method("DELETE").path(USERS + "/" + ANN)
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .headers("User-Id", USER_ID)
                .willRespondWith().status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "removeProjectUser")
    void removeProjectUser(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).impersonateUser(USER_ID).build()) {
            assertThat(client.removeProjectUser(PROJECT, ANN).outcome()).isEqualTo(ProjectUserRemoval.Outcome.REMOVED);
        }
    }

    @Pact(consumer = Contracts.CONSUMER)
    V4Pact listUserProjects(PactDslWithProvider builder) {
        return builder.given(JOHN_HAS_PROJECTS)
                .uponReceiving("the projects of a user in an account")
                .method("GET").path("/construction/admin/v1/accounts/" + SandboxSeed.BIM360_ACCOUNT_ID + "/users/"
                        + SandboxSeed.BIM360_USER_ID + "/projects")
                .query("limit=200&offset=0")
                .matchHeader("Authorization", BEARER, "Bearer " + TOKEN)
                .willRespondWith().status(200).body(pagination(new PactDslJsonBody(), 200, 0, 1)
                        .minArrayLike("results", 1, 1).stringType("id", PROJECT).stringType("name", "Hospital Wing B")
                        .closeObject().closeArray().asBody())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listUserProjects")
    void listUserProjects(MockServer server) {
        try (AutodeskAccountAdminClient client = Contracts.autodesk(server).build()) {
            assertThat(client.listUserProjects(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID).stream()
                    .map(UserProject::getName)).containsExactly("Hospital Wing B");
        }
    }
}
