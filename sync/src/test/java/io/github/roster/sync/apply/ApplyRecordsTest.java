package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.auth.TokenProvider;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxFault;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.journal.JsonLinesJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What apply writes down about one action: the journal's "started" record before anything is sent and its "ended"
 * record after the read-back, and what it does when the target cannot be read at all (nothing is sent or journaled;
 * an action an earlier run may have done stays unverified, not failed, and uncertain for the next run).
 */
class ApplyRecordsTest {

    private static final ApplyOptions QUICK = new ApplyOptions(Duration.ofSeconds(5), Duration.ofMillis(200), false);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlannedAction RETITLE = new PlannedAction(Platform.PROCORE, HandMadePlans.COMPANY,
            ActionKind.UPDATE, "E1101", "ann.lee@example.com", HandMadePlans.PROCORE_ANN_LEE,
            List.of(new FieldChange("job_title", "Site Engineer", "Site Lead")), null, Map.of("status", "active"));

    @TempDir
    Path dir;

    @Test
    void theJournalSaysStartedBeforeTheWriteAndEndedAfterItsReadBack() throws IOException {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.plan(List.of(RETITLE), dir.resolve("state.json"), 1);
            Path file = planFile(plan);

            ApplyResult result = clients.applier(QUICK).apply(plan, file);

            assertThat(result.results()).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(ActionOutcome.APPLIED);
                assertThat(r.userId()).isEqualTo(HandMadePlans.PROCORE_ANN_LEE);
            });
            List<JsonNode> records = records(SyncApplier.journalFile(file));
            assertThat(records).extracting(r -> r.path("type").asText()).containsExactly("started", "ended");
            assertThat(records).allSatisfy(r -> assertThat(r.path("action").asText()).isEqualTo(RETITLE.id()));
            assertThat(records.get(1).path("outcome").asText()).isEqualTo("applied");
            assertThat(records.get(1).path("user_id").asText()).isEqualTo(HandMadePlans.PROCORE_ANN_LEE);
            JsonNode audit = records(SyncApplier.auditFile(file)).get(0);
            assertThat(audit.path("outcome").asText()).isEqualTo("applied");
            assertThat(audit.path("before").path("job_title").asText()).isEqualTo("Site Engineer");
            assertThat(audit.path("after").path("job_title").asText()).isEqualTo("Site Lead");
            assertThat(audit.has("resolved_from_earlier_run")).isFalse();
            assertThat(audit.path("employee_id").asText()).isEqualTo("E1101");
            assertThat(audit.path("kind").asText()).isEqualTo("update");
        }
    }

    @Test
    void aTargetThatCannotBeReadFailsItsActionsAndNothingIsSent() throws IOException {
        try (RosterSandbox sandbox = RosterSandbox.builder().faultRate(1.0).faults(SandboxFault.UNAVAILABLE).build()
                .start();
             ProcoreDirectoryClient procore = noRetries(sandbox)) {
            Plan plan = HandMadePlans.plan(List.of(RETITLE), dir.resolve("state.json"), 1);
            Path file = planFile(plan);

            ApplyResult result = new SyncApplier(null, procore, QUICK).apply(plan, file);

            assertThat(result.results()).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(ActionOutcome.FAILED);
                assertThat(r.reason()).startsWith("could not read procore 8089 to check it: ");
            });
            assertThat(sandbox.receivedRequests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
            // never attempted: the journal keeps nothing that would make the next run treat it as done or tried
            assertThat(records(SyncApplier.journalFile(file))).isEmpty();
        }
    }

    @Test
    void anActionAnEarlierRunStartedStaysUnverifiedWhenTheTargetCannotBeRead() throws IOException {
        try (RosterSandbox sandbox = RosterSandbox.builder().faultRate(1.0).faults(SandboxFault.UNAVAILABLE).build()
                .start();
             ProcoreDirectoryClient procore = noRetries(sandbox)) {
            Plan plan = HandMadePlans.plan(List.of(RETITLE), dir.resolve("state.json"), 1);
            Path file = planFile(plan);
            ObjectNode identity = JSON.createObjectNode().put("plan_digest", PlanJson.digest(plan));
            try (JsonLinesJournal earlier = JsonLinesJournal.open(SyncApplier.journalFile(file), identity, false,
                    r -> { })) {
                earlier.append(JSON.createObjectNode().put("type", "started").put("action", RETITLE.id()));
            }

            ApplyResult result = new SyncApplier(null, procore, QUICK).apply(plan, file);

            assertThat(result.results()).singleElement().satisfies(r -> {
                assertThat(r.outcome()).isEqualTo(ActionOutcome.UNVERIFIED);
                assertThat(r.reason()).startsWith("could not read procore 8089 to check it: ");
            });
            assertThat(sandbox.receivedRequests()).allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
            // still uncertain for the next run, which must look before it sends
            assertThat(records(SyncApplier.journalFile(file))).extracting(r -> r.path("type").asText())
                    .containsExactly("started");
        }
    }

    private static ProcoreDirectoryClient noRetries(RosterSandbox sandbox) {
        return ProcoreDirectoryClient.builder().baseUrl(sandbox.baseUrl().toString())
                .tokenProvider(TokenProvider.of("t"))
                .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build()).build();
    }

    private Path planFile(Plan plan) {
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        return file;
    }

    /** The records of a JSON-lines file, without its first line (the file's identity). */
    private static List<JsonNode> records(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
