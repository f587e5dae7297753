package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxFault;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.journal.JournalInUseException;
import io.github.roster.sync.journal.JsonLinesJournal;
import io.github.roster.sync.plan.SafetyRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying hand-made plans against the sandbox over loopback HTTP. */
class SyncApplierTest {

    private static final ApplyOptions QUICK = new ApplyOptions(Duration.ofSeconds(5), Duration.ofMillis(200), false);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path planFile(Plan plan) {
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        return file;
    }

    @Test
    void appliesEveryActionInOrderAndVerifiesIt() throws IOException {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.scenario(3, dir.resolve("state.json"));
            Path file = planFile(plan);

            ApplyResult result = clients.applier(QUICK).apply(plan, file);

            assertThat(result.results()).filteredOn(r -> r.action().kind().isWrite())
                    .allSatisfy(r -> assertThat(r.outcome()).as(r.action().id() + ": " + r.reason())
                            .isEqualTo(ActionOutcome.APPLIED));
            assertThat(result.results()).filteredOn(r -> r.action().kind() == ActionKind.UNMANAGED)
                    .singleElement().extracting(ActionResult::outcome).isEqualTo(ActionOutcome.SKIPPED);
            assertThat(result.complete()).isTrue();
            for (int i = 1; i <= 3; i++) {
                String email = HandMadePlans.email(i);
                assertThat(SandboxCounts.bim360(clients)).containsEntry(email, 1);
                assertThat(SandboxCounts.accMembers(clients)).containsEntry(email, 1);
                assertThat(SandboxCounts.procore(clients)).containsEntry(email, 1);
            }
            assertThat(SandboxCounts.accMembers(clients)).doesNotContainKey("ann.lee@example.com");
            assertThat(sandbox.state().bim360User(HandMadePlans.ACCOUNT, HandMadePlans.ANN_LEE).path("status").asText())
                    .isEqualTo("inactive");
            assertThat(sandbox.state().procoreUser(8089L, Long.parseLong(HandMadePlans.MARIA_GARCIA))
                    .path("is_active").asBoolean()).isFalse();
            assertThat(sandbox.state().procoreUser(8089L, Long.parseLong(HandMadePlans.PROCORE_ANN_LEE))
                    .path("job_title").asText()).isEqualTo("Site Lead");

            // the state file remembers the verified ids, and the HR count of a complete run
            SyncState state = SyncState.read(dir.resolve("state.json"));
            assertThat(state.userId(HandMadePlans.employee(1), Platform.PROCORE, HandMadePlans.COMPANY)).isPresent();
            assertThat(state.userId(HandMadePlans.employee(1), Platform.BIM360, HandMadePlans.ACCOUNT)).isPresent();
            assertThat(state.userId("E1101", Platform.ACC, HandMadePlans.PROJECT)).isEmpty();
            assertThat(state.lastHrPeople()).isEqualTo(13);

            // the audit log: one line per write action, with request ids where the vendor gave one, no secrets
            List<String> audit = Files.readAllLines(SyncApplier.auditFile(file));
            assertThat(audit).hasSize(1 + plan.writeActions().size());
            assertThat(String.join("\n", audit)).doesNotContain("Bearer").doesNotContain("\"t\"")
                    .contains(PlanJson.digest(plan));
            JsonNode deactivation = audit.stream().skip(1).map(SyncApplierTest::json)
                    .filter(r -> r.path("action").asText().startsWith("bim360/")
                            && r.path("kind").asText().equals("deactivate")).findFirst().orElseThrow();
            assertThat(deactivation.path("before").path("status").asText()).isEqualTo("active");
            assertThat(deactivation.path("after").path("status").asText()).isEqualTo("inactive");
            assertThat(deactivation.path("request_ids")).isNotEmpty();
        }
    }

    @Test
    void aSecondApplyOfAnAppliedPlanSendsNothing() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.scenario(2, dir.resolve("state.json"));
            Path file = planFile(plan);
            clients.applier(QUICK).apply(plan, file);
            long writes = writes(sandbox);

            ApplyResult again = clients.applier(QUICK).apply(plan, file);

            assertThat(again.complete()).isTrue();
            assertThat(writes(sandbox)).isEqualTo(writes);
            assertThat(again.results()).filteredOn(r -> r.action().kind().isWrite())
                    .allSatisfy(r -> assertThat(r.reason()).isEqualTo("applied by an earlier run"));
        }
    }

    @Test
    void withInjectedFaultsEveryoneIsPresentExactlyOnceAfterReRuns() {
        long seed = System.nanoTime();
        try (RosterSandbox sandbox = RosterSandbox.builder().faultRate(0.15).faultSeed(seed)
                .faults(SandboxFault.UNAVAILABLE, SandboxFault.TOO_MANY_REQUESTS, SandboxFault.DROP_AFTER_PROCESSING)
                .build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.scenario(6, dir.resolve("state.json"));
            Path file = planFile(plan);
            ApplyResult result = null;
            int runs = 0;
            while (runs < 6 && (result == null || !result.complete())) {
                result = clients.applier(QUICK).apply(plan, file);
                runs++;
                assertThat(result.any(ActionOutcome.STALE)).as("fault seed " + seed).isFalse();
            }
            assertThat(result.complete()).as("fault seed " + seed + " after " + runs + " runs: " + result.counts())
                    .isTrue();
            for (int i = 1; i <= 6; i++) {
                String email = HandMadePlans.email(i);
                assertThat(SandboxCounts.bim360(clients)).as("fault seed " + seed).containsEntry(email, 1);
                assertThat(SandboxCounts.accImports(sandbox)).as("fault seed " + seed).containsEntry(email, 1);
                assertThat(SandboxCounts.procore(clients)).as("fault seed " + seed).containsEntry(email, 1);
            }
        }
    }

    @Test
    void aPersonChangedSincePlanningIsStaleAndNotTouched() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.scenario(1, dir.resolve("state.json"));
            clients.procore.updateCompanyUser(8089L, Long.parseLong(HandMadePlans.PROCORE_ANN_LEE),
                    new CompanyUserUpdate().lastName("Lee").emailAddress("ann.lee@example.com").jobTitle("Director"));

            ApplyResult result = clients.applier(QUICK).apply(plan, planFile(plan));

            ActionResult update = result.results().stream()
                    .filter(r -> r.action().platform() == Platform.PROCORE && r.action().kind() == ActionKind.UPDATE)
                    .findFirst().orElseThrow();
            assertThat(update.outcome()).isEqualTo(ActionOutcome.STALE);
            assertThat(update.reason()).contains("job_title").contains("'Site Engineer'").contains("'Director'");
            assertThat(sandbox.state().procoreUser(8089L, Long.parseLong(HandMadePlans.PROCORE_ANN_LEE))
                    .path("job_title").asText()).isEqualTo("Director");
            assertThat(result.complete()).isFalse();
            assertThat(result.results()).filteredOn(r -> r != update && r.action().kind().isWrite())
                    .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ActionOutcome.APPLIED));
            assertThat(SyncState.read(dir.resolve("state.json")).lastHrPeople()).isZero();
        }
    }

    @Test
    void aSafetyRuleRefusesBeforeAnythingIsSent() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan planned = HandMadePlans.scenario(1, dir.resolve("state.json"));
            Plan plan = new Plan(planned.version(), planned.createdAt(), planned.hrDigest(), planned.configDigest(),
                    planned.hrPeople(), planned.statePath(), new SafetyRules(1, 100.0, List.of(), 0.9),
                    planned.targets(), planned.actions());

            assertThatThrownBy(() -> clients.applier(QUICK).apply(plan, planFile(plan)))
                    .isInstanceOf(SafetyRefusedException.class)
                    .hasMessageContaining("removes 3 people").hasMessageContaining("the cap is 1")
                    .extracting(e -> ((SafetyRefusedException) e).rule()).isEqualTo("max_deactivations");
            Plan guarded = new Plan(planned.version(), planned.createdAt(), planned.hrDigest(), planned.configDigest(),
                    planned.hrPeople(), planned.statePath(), new SafetyRules(10, 100.0,
                    List.of("Maria.Garcia@example.com"), 0.9), planned.targets(), planned.actions());
            assertThatThrownBy(() -> clients.applier(QUICK).apply(guarded, planFile(guarded)))
                    .isInstanceOf(SafetyRefusedException.class).hasMessageContaining("maria.garcia@example.com");
            assertThat(sandbox.receivedRequests()).isEmpty();
        }
    }

    @Test
    void aPlanMissingWhatApplyNeedsNamesEveryProblem() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.plan(List.of(
                    new PlannedAction(Platform.PROCORE, "acme", ActionKind.DEACTIVATE, "E1", "a@example.com", null,
                            List.of(new FieldChange("status", "active", "inactive")), null, Map.of()),
                    new PlannedAction(Platform.ACC, HandMadePlans.PROJECT, ActionKind.REMOVE_FROM_PROJECT, "E2",
                            "b@example.com", null, List.of(), null, Map.of())), dir.resolve("state.json"), 2);

            assertThatThrownBy(() -> new SyncApplier(clients.autodesk, null, QUICK).apply(plan, planFile(plan)))
                    .isInstanceOf(io.github.roster.sync.SyncInputException.class)
                    .hasMessageContaining("target must be a Procore company id")
                    .hasMessageContaining("needs a Procore client")
                    .hasMessageContaining("procore/acme/deactivate/E1]: user_id is required")
                    .hasMessageContaining("acc/" + HandMadePlans.PROJECT + "/remove-from-project/E2]: user_id is required");
            assertThat(sandbox.receivedRequests()).isEmpty();
        }
    }

    @Test
    void aSecondApplyWhileOneRunsIsRefused() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.scenario(1, dir.resolve("state.json"));
            Path file = planFile(plan);
            ObjectNode identity = JSON.createObjectNode().put("plan_digest", PlanJson.digest(plan));
            try (JsonLinesJournal running = JsonLinesJournal.open(SyncApplier.journalFile(file), identity, false,
                    r -> { })) {
                assertThatThrownBy(() -> clients.applier(QUICK).apply(plan, file))
                        .isInstanceOf(JournalInUseException.class);
            }
            assertThat(writes(sandbox)).isZero();
        }
    }

    @Test
    void anActionThatStartedAndNeverEndedIsLookedForBeforeItIsSentAgain() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.plan(HandMadePlans.joinerActions(2).stream()
                    .filter(a -> a.platform() == Platform.PROCORE).toList(), dir.resolve("state.json"), 2);
            Path file = planFile(plan);
            PlannedAction done = plan.actions().get(0);
            PlannedAction notDone = plan.actions().get(1);
            // an earlier run: both started; the first one's create went through, then the run was killed
            clients.procore.createCompanyUser(8089L, new io.github.roster.client.procore.model.CompanyUserCreate()
                    .emailAddress(done.email()).firstName("Joiner").lastName("Number1").jobTitle("Engineer")
                    .originId(done.employeeId()));
            ObjectNode identity = JSON.createObjectNode().put("plan_digest", PlanJson.digest(plan));
            try (JsonLinesJournal earlier = JsonLinesJournal.open(SyncApplier.journalFile(file), identity, false,
                    r -> { })) {
                for (PlannedAction a : List.of(done, notDone)) {
                    earlier.append(JSON.createObjectNode().put("type", "started").put("action", a.id()));
                }
            }
            long before = writes(sandbox);

            ApplyResult result = clients.applier(QUICK).apply(plan, file);

            assertThat(result.results()).extracting(ActionResult::outcome)
                    .containsExactly(ActionOutcome.APPLIED, ActionOutcome.APPLIED);
            assertThat(result.results().get(0).reason()).startsWith("found done");
            assertThat(writes(sandbox) - before).as("only the second person is sent").isEqualTo(1);
            assertThat(SandboxCounts.procore(clients)).containsEntry(done.email(), 1).containsEntry(notDone.email(), 1);
        }
    }

    private static long writes(RosterSandbox sandbox) {
        return sandbox.receivedRequests().stream().filter(r -> !r.method().equals("GET")).count();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
