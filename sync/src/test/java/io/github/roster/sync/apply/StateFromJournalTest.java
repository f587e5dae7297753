package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SyncState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file follows verified results only, and catches up from the journal when a run stopped before saving. */
class StateFromJournalTest {

    private static final ApplyOptions QUICK = new ApplyOptions(Duration.ofSeconds(5), Duration.ofMillis(200), false);

    @TempDir
    Path dir;

    @Test
    void aStateFileLostAfterAVerifiedRunIsRebuiltFromTheJournalWithoutSendingAgain() throws Exception {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Path stateFile = dir.resolve("state.json");
            List<PlannedAction> actions = new ArrayList<>(HandMadePlans.joinerActions(2).stream()
                    .filter(a -> a.platform() == Platform.PROCORE).toList());
            Plan plan = HandMadePlans.plan(actions, stateFile, 2);
            Path file = dir.resolve("plan.json");
            PlanJson.write(plan, file);

            ApplyResult first = clients.applier(QUICK).apply(plan, file);
            assertThat(first.results()).extracting(r -> r.action().id()).containsExactly(
                    "procore/8089/create/J1001", "procore/8089/create/J1002");
            assertThat(first.results()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ActionOutcome.APPLIED));
            String id1 = SyncState.read(stateFile).userId("J1001", Platform.PROCORE, "8089").orElseThrow();
            assertThat(first.results().get(0).userId()).isEqualTo(id1);
            Files.delete(stateFile);

            ApplyResult again = clients.applier(QUICK).apply(plan, file);

            assertThat(again.results()).extracting(ActionResult::reason).containsOnly("applied by an earlier run");
            assertThat(again.results().get(0).userId()).isEqualTo(id1);
            SyncState rebuilt = SyncState.read(stateFile);
            assertThat(rebuilt.userId("J1001", Platform.PROCORE, "8089")).contains(id1);
            assertThat(rebuilt.userId("J1002", Platform.PROCORE, "8089")).isPresent();
            assertThat(rebuilt.lastHrPeople()).isEqualTo(2);
            // the first run's audit record of the first joiner (line 1 is the log's header)
            JsonNode audit = new ObjectMapper().readTree(Files.readAllLines(SyncApplier.auditFile(file)).get(1));
            assertThat(audit.path("plan_digest").asText()).isEqualTo(PlanJson.digest(plan));
            assertThat(audit.path("action").asText()).isEqualTo("procore/8089/create/J1001");
            assertThat(audit.path("platform").asText()).isEqualTo("procore");
            assertThat(audit.path("target").asText()).isEqualTo("8089");
            assertThat(audit.path("kind").asText()).isEqualTo("create");
            assertThat(audit.path("employee_id").asText()).isEqualTo("J1001");
            assertThat(audit.path("email").asText()).isEqualTo("joiner1@example.com");
            assertThat(audit.path("outcome").asText()).isEqualTo("applied");
            assertThat(audit.path("user_id").asText()).isEqualTo(id1);
            assertThat(audit.path("before").size()).isZero();
            assertThat(audit.path("after").path("email_address").asText()).isEqualTo("joiner1@example.com");
            assertThat(audit.path("after").path("origin_id").asText()).isEqualTo("J1001");
            assertThat(audit.has("resolved_from_earlier_run")).isFalse();
        }
    }
}
