package io.github.roster.contracts;

import static io.github.roster.contracts.Contracts.BEARER;
import static io.github.roster.contracts.Contracts.JSON;
import static io.github.roster.contracts.Contracts.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
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

/** What the facade relies on from ACC's users:import. */
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
}
