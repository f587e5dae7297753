package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many clients at once: every request is answered and every accepted import is kept exactly once. */
class ConcurrencyTest extends SandboxTestBase {

    @Test
    void parallelRequestsAreAllServedAndRecorded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = IntStream.range(0, 80).mapToObj(i -> pool.submit(() -> i % 2 == 0
                    ? send(client.json("PATCH", bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID),
                            "{\"default_role\": \"Role " + i + "\"}")).statusCode()
                    : send(client.json("POST", accImportPath(ACC_PROJECT_ID),
                            "{\"users\": [" + AccValidationTest.user(i) + "]}")).statusCode()))
                    .collect(Collectors.toList());
            for (Future<Integer> result : results) {
                assertThat(result.get()).isIn(200, 202);
            }
        } finally {
            pool.shutdownNow();
        }
        List<AccImport> imports = state().accImports(ACC_PROJECT_ID);
        assertThat(imports).hasSize(40);
        Set<String> emails = new HashSet<>(state().accImportedEmails(ACC_PROJECT_ID));
        assertThat(emails).hasSize(40);
        assertThat(imports.stream().map(AccImport::jobId).distinct().count()).isEqualTo(40);
        assertThat(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID).path("default_role").asText())
                .startsWith("Role ");
    }

    @Test
    void parallelCreatesOfOneEmailMakeExactlyOneUserPerPlatform() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> results = IntStream.range(0, 40).mapToObj(i -> pool.submit(() -> i % 2 == 0
                    ? send(client.json("POST", "/hq/v1/accounts/" + BIM360_ACCOUNT_ID + "/users",
                            "{\"email\": \"Race" + (i % 4) + "@example.com\"}")).statusCode()
                    : send(client.procore("POST", SandboxSeed.PROCORE_COMPANY_ID, "/rest/v1.3/companies/"
                            + SandboxSeed.PROCORE_COMPANY_ID + "/users", "{\"user\": {\"last_name\": \"Race\","
                            + " \"email_address\": \"race@example.com\"}}")).statusCode()))
                    .collect(Collectors.toList());
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(18);
        assertThat(statuses).filteredOn(status -> status == 422).hasSize(19);
    }
}
