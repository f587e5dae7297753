package io.github.roster.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.error.RosterException;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.internal.TargetUser;
import io.github.roster.sync.internal.TargetUsers;
import io.github.roster.sync.journal.JournalInUseException;
import io.github.roster.sync.plan.SafetyRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Applies one plan exactly once: executes its write actions and nothing else, verifies each by reading it back,
 * and can be stopped at any point (a crash, SIGKILL) and run again to continue.
 *
 * <p>Order: creates, reactivations, updates, project additions, project removals, deactivations; the targets of
 * a phase are worked on at the same time. Bulk where the vendor has it: BIM 360 {@code users/import}, ACC
 * {@code users:import} (200 per request), Procore Sync Company Users for creates that carry an {@code origin_id}.
 * All calls go through the given clients, which pace and retry them within each vendor's rate-limit groups.
 *
 * <p>Before acting on a target, apply reads it whole and compares what it holds for each person with what the
 * plan saw ({@code before}): an action whose person changed since planning is skipped as {@code stale}. The safety
 * rules of the plan are checked again first ({@link SafetyRefusedException}).
 *
 * <p>Exactly once: a journal beside the plan ({@link #journalFile}, one writer; a second apply of the same plan
 * while one runs fails with {@link JournalInUseException}) records each action as it starts and as it ends. An
 * action that started and never ended, or ended unverified, is first looked for in the target and is sent again
 * only if it did not happen. An action that ended {@code applied} is never touched again. The state file is
 * updated from verified results only. An audit log ({@link #auditFile}) records every outcome with the values
 * before and after and the vendor's request ids.
 *
 * <p>Thread-safe; one instance may apply several plans one after the other.
 */
public final class SyncApplier {

    private static final Logger LOG = LoggerFactory.getLogger(SyncApplier.class);

    private final AutodeskAccountAdminClient autodesk;
    private final ProcoreDirectoryClient procore;
    private final ApplyOptions options;
    private final Clock clock;

    /**
     * An applier that uses these clients.
     *
     * @param autodesk the BIM 360 / ACC client, or null when the plans have no Autodesk action
     * @param procore the Procore client, or null when the plans have no Procore action
     * @param options how long to wait for imports, and whether records are forced to the device
     */
    public SyncApplier(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore, ApplyOptions options) {
        this.autodesk = autodesk;
        this.procore = procore;
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Clock.systemUTC();
    }

    /**
     * The journal of a plan file: the same name with {@code .journal} added.
     *
     * @param planFile the plan file
     * @return the journal file
     */
    public static Path journalFile(Path planFile) {
        return planFile.resolveSibling(planFile.getFileName() + ".journal");
    }

    /**
     * The audit log of a plan file: the same name with {@code .audit.jsonl} added.
     *
     * @param planFile the plan file
     * @return the audit log file
     */
    public static Path auditFile(Path planFile) {
        return planFile.resolveSibling(planFile.getFileName() + ".audit.jsonl");
    }

    /**
     * Applies a plan, continuing where an earlier run of the same plan stopped.
     *
     * @param plan the plan
     * @param planFile where the plan is (its journal and audit log are kept beside it)
     * @return one result per action
     * @throws SyncInputException when the plan cannot be applied as it is (every problem named; nothing sent), or
     *     its journal belongs to another plan or is damaged
     * @throws SafetyRefusedException when a safety rule refuses it (nothing sent)
     * @throws JournalInUseException when another run is applying this plan
     */
    public ApplyResult apply(Plan plan, Path planFile) {
        PlanCheck.check(plan, planFile.toString(), autodesk != null, procore != null);
        Path statePath = plan.statePath() == null ? null : Path.of(plan.statePath());
        SyncState state = statePath == null ? new SyncState() : SyncState.read(statePath);
        SafetyRecheck.check(plan, state);
        String digest = PlanJson.digest(plan);
        try (ApplyJournal journal = ApplyJournal.open(journalFile(planFile), digest, options.durableJournal(), clock);
             AuditLog audit = new AuditLog(auditFile(planFile), digest, options.durableJournal(), clock)) {
            Run run = new Run(plan, journal, audit, state, statePath);
            run.restoreState();
            run.execute();
            ApplyResult result = new ApplyResult(digest, run.results());
            if (result.complete()) {
                state.lastHrPeople(plan.hrPeople());
            }
            run.saveState();
            return result;
        }
    }

    /** One application of one plan. */
    private final class Run {

        private final Plan plan;
        private final ApplyJournal journal;
        private final AuditLog audit;
        private final SyncState state;
        private final Path statePath;
        private final Map<String, ActionResult> results = new ConcurrentHashMap<>();
        private final Map<String, PlannedAction> byId = new HashMap<>();

        Run(Plan plan, ApplyJournal journal, AuditLog audit, SyncState state, Path statePath) {
            this.plan = plan;
            this.journal = journal;
            this.audit = audit;
            this.state = state;
            this.statePath = statePath;
            plan.writeActions().forEach(a -> byId.put(a.id(), a));
        }

        /** The state file catches up with results an earlier run verified but was stopped before saving. */
        void restoreState() {
            for (JsonNode record : journal.lastRecords()) {
                PlannedAction a = byId.get(record.path("action").asText());
                if (a != null && ActionOutcome.APPLIED.key().equals(record.path("outcome").asText())) {
                    remember(a, record.path("user_id").isTextual() ? record.path("user_id").asText() : null);
                }
            }
            saveState();
        }

        void saveState() {
            if (statePath != null) {
                state.save(statePath);
            }
        }

        void execute() {
            Map<ApplyPhase, Map<String, List<PlannedAction>>> phases = new LinkedHashMap<>();
            for (ApplyPhase phase : ApplyPhase.values()) {
                phases.put(phase, new LinkedHashMap<>());
            }
            for (PlannedAction a : plan.actions()) {
                if (!a.kind().isWrite()) {
                    results.put(a.id(), new ActionResult(a, ActionOutcome.SKIPPED, a.userId(),
                            "report only: " + (a.reason() == null ? a.kind().key() : a.reason()), List.of()));
                    continue;
                }
                Optional<ActionOutcome> ended = journal.ended(a);
                if (ended.isPresent() && ended.get() == ActionOutcome.APPLIED) {
                    JsonNode record = journal.last(a).orElseThrow();
                    results.put(a.id(), new ActionResult(a, ActionOutcome.APPLIED,
                            record.path("user_id").isTextual() ? record.path("user_id").asText() : a.userId(),
                            "applied by an earlier run", List.of()));
                    continue;
                }
                ApplyPhase phase = ApplyPhase.of(a.kind()).orElseThrow();
                phases.get(phase).computeIfAbsent(a.platform().key() + "/" + a.target(), k -> new ArrayList<>()).add(a);
            }
            for (Map.Entry<ApplyPhase, Map<String, List<PlannedAction>>> phase : phases.entrySet()) {
                runConcurrently(phase.getKey(), phase.getValue().values());
            }
        }

        private void runConcurrently(ApplyPhase phase, Collection<List<PlannedAction>> groups) {
            if (groups.isEmpty()) {
                return;
            }
            LOG.info("phase {}: {} target(s)", phase, groups.size());
            ExecutorService pool = Executors.newFixedThreadPool(groups.size(), r -> {
                Thread t = new Thread(r, "roster-sync-apply-" + phase.name().toLowerCase(Locale.ROOT));
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> running = new ArrayList<>();
                for (List<PlannedAction> group : groups) {
                    running.add(pool.submit(() -> applyTarget(group)));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while applying", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        /** One phase's actions on one target. */
        private void applyTarget(List<PlannedAction> actions) {
            Platform platform = actions.get(0).platform();
            String target = actions.get(0).target();
            TargetView now;
            try {
                now = read(platform, target, v -> actions.stream().filter(journal::uncertain)
                        .allMatch(a -> ActionChecks.seen(a, v, state).seen() == ActionChecks.Seen.DONE));
            } catch (RosterException e) {
                for (PlannedAction a : actions) {
                    end(a, journal.uncertain(a) ? ActionOutcome.UNVERIFIED : ActionOutcome.FAILED, a.userId(),
                            "could not read " + platform.key() + " " + target + " to check it: " + e.getMessage(),
                            List.of(), Map.of(), Map.of(), false, false);
                }
                return;
            }
            List<PlannedAction> toSend = new ArrayList<>();
            for (PlannedAction a : actions) {
                Optional<TargetUser> person = now.personOf(a, state);
                if (journal.uncertain(a)
                        && ActionChecks.seen(a, now, state).seen() == ActionChecks.Seen.DONE) {
                    end(a, ActionOutcome.APPLIED, userIdOf(a, person), "found done: an earlier run's write took effect",
                            List.of(), Map.of(), ActionChecks.values(a, person), true, true);
                    continue;
                }
                Optional<String> stale = ActionChecks.staleReason(a, now, state);
                if (stale.isPresent()) {
                    end(a, ActionOutcome.STALE, a.userId(), "stale: " + stale.get(), List.of(),
                            ActionChecks.values(a, person), Map.of(), false, true);
                    continue;
                }
                toSend.add(a);
            }
            if (toSend.isEmpty()) {
                saveState();
                return;
            }
            List<Attempt> attempts = writes(platform, target).send(toSend, now, journal::started);
            List<Attempt> toVerify = new ArrayList<>();
            for (Attempt attempt : attempts) {
                PlannedAction a = attempt.action();
                if (attempt.result() == Attempt.Result.REFUSED) {
                    end(a, ActionOutcome.FAILED, a.userId(), attempt.reason(), attempt.requestIds(),
                            ActionChecks.values(a, now.personOf(a, state)), Map.of(), false, true);
                } else {
                    toVerify.add(attempt);
                }
            }
            if (!toVerify.isEmpty()) {
                verify(platform, target, toVerify, now);
            }
            saveState();
        }

        private void verify(Platform platform, String target, List<Attempt> attempts, TargetView before) {
            TargetView after;
            try {
                after = read(platform, target, v -> attempts.stream()
                        .allMatch(t -> ActionChecks.seen(t.action(), v, state).seen() == ActionChecks.Seen.DONE));
            } catch (RosterException e) {
                for (Attempt t : attempts) {
                    end(t.action(), ActionOutcome.UNVERIFIED, t.action().userId(),
                            "written, but reading it back failed: " + e.getMessage(), t.requestIds(),
                            ActionChecks.values(t.action(), before.personOf(t.action(), state)), Map.of(), false, true);
                }
                return;
            }
            for (Attempt t : attempts) {
                PlannedAction a = t.action();
                ActionChecks.Verdict verdict = ActionChecks.seen(a, after, state);
                Optional<TargetUser> person = after.personOf(a, state);
                Map<String, String> was = ActionChecks.values(a, before.personOf(a, state));
                Map<String, String> is = ActionChecks.values(a, person);
                switch (verdict.seen()) {
                    case DONE -> end(a, ActionOutcome.APPLIED, userIdOf(a, person), null, t.requestIds(), was, is,
                            false, true);
                    case NOT_VISIBLE -> end(a, ActionOutcome.UNVERIFIED, a.userId(), (t.reason() == null ? "written"
                            : t.reason()) + "; not visible as planned: " + verdict.detail(), t.requestIds(), was, is,
                            false, true);
                    case DIFFERENT -> end(a, t.result() == Attempt.Result.TAKEN ? ActionOutcome.FAILED
                                    : ActionOutcome.UNVERIFIED, a.userId(),
                            "written, but " + verdict.detail(), t.requestIds(), was, is, false, true);
                }
            }
        }

        /**
         * A fresh read of a target. ACC processes imports later, so on ACC the read is repeated (within the
         * configured wait) until {@code settled} holds; elsewhere one read is the answer.
         */
        private TargetView read(Platform platform, String target, Predicate<TargetView> settled) {
            TargetView view = new TargetView(platform, target, TargetUsers.read(autodesk, procore, platform, target));
            if (platform != Platform.ACC) {
                return view;
            }
            Instant deadline = clock.instant().plus(options.importWait());
            while (!settled.test(view) && clock.instant().isBefore(deadline)) {
                try {
                    Thread.sleep(options.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return view;
                }
                view = new TargetView(platform, target, TargetUsers.read(autodesk, procore, platform, target));
            }
            return view;
        }

        private TargetWrites writes(Platform platform, String target) {
            return switch (platform) {
                case BIM360 -> new Bim360Writes(autodesk, target);
                case ACC -> new AccWrites(autodesk, target);
                case PROCORE -> new ProcoreWrites(procore, target);
            };
        }

        private String userIdOf(PlannedAction a, Optional<TargetUser> person) {
            return person.map(TargetUser::userId).orElse(a.userId());
        }

        private void end(PlannedAction a, ActionOutcome outcome, String userId, String reason, List<String> requestIds,
                         Map<String, String> before, Map<String, String> after, boolean resolved, boolean journaled) {
            ActionResult result = new ActionResult(a, outcome, userId, reason, requestIds);
            results.put(a.id(), result);
            if (journaled) {
                journal.ended(a, outcome, userId, reason);
            }
            audit.record(result, before, after, resolved);
            if (outcome == ActionOutcome.APPLIED) {
                remember(a, userId);
            }
        }

        /** Keeps the state in step with a verified result; a user HR does not know has no entry. */
        private void remember(PlannedAction a, String userId) {
            if (a.employeeId() == null) {
                return;
            }
            if (a.kind() == ActionKind.REMOVE_FROM_PROJECT) {
                state.forget(a.employeeId(), a.platform(), a.target());
            } else if (userId != null) {
                state.remember(a.employeeId(), a.platform(), a.target(), userId);
            }
        }

        List<ActionResult> results() {
            List<ActionResult> ordered = new ArrayList<>();
            for (PlannedAction a : plan.actions()) {
                ActionResult r = results.get(a.id());
                if (r != null) {
                    ordered.add(r);
                }
            }
            return ordered;
        }
    }
}
