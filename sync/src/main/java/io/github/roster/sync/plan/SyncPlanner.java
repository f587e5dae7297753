package io.github.roster.sync.plan;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.error.RosterException;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.TargetSnapshot;
import io.github.roster.sync.config.AccProjectSettings;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrPerson;
import io.github.roster.sync.internal.TargetUsers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;


/**
 * Makes a {@link Plan}: reads every configured target through the facade clients (all pages, active and inactive
 * users; the targets in parallel, each client pacing and retrying within its vendor rate-limit groups), compares
 * them with the HR export, and lists the actions that would bring them in line. Reads only; never writes.
 *
 * <p>Safety: an HR export with fewer than {@code min_hr_people_ratio} of the last run's people is refused before
 * anything is read; a plan with more deactivations and project removals than {@code max_deactivations} (all
 * targets) or {@code max_deactivation_percent} (of one target's users) is refused ({@link SafetyRefusedException},
 * carrying the plan for review). Protected e-mails are never acted on.
 *
 * <pre>{@code
 * SyncConfig config = SyncConfigReader.read(Path.of("sync.yaml"));
 * HrExport hr = new HrExportReader(config.hr()).read(Path.of("hr.csv"));
 * Plan plan = new SyncPlanner(autodesk, procore).plan(config, hr, SyncState.read(config.statePath()),
 *         OptionalInt.empty());
 * PlanJson.write(plan, Path.of("plan.json"));
 * }</pre>
 */
public final class SyncPlanner {

    private final AutodeskAccountAdminClient autodesk;
    private final ProcoreDirectoryClient procore;
    private final Clock clock;

    /**
     * A planner reading through these clients, timestamping plans with the system clock.
     *
     * @param autodesk the Autodesk client (BIM 360 and ACC), or null when no Autodesk target is configured
     * @param procore the Procore client, or null when no Procore target is configured
     */
    public SyncPlanner(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore) {
        this(autodesk, procore, Clock.systemUTC());
    }

    /**
     * A planner reading through these clients, timestamping plans with {@code clock}.
     *
     * @param autodesk the Autodesk client, or null when no Autodesk target is configured
     * @param procore the Procore client, or null when no Procore target is configured
     * @param clock the clock of {@link Plan#createdAt()}
     */
    public SyncPlanner(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore, Clock clock) {
        this.autodesk = autodesk;
        this.procore = procore;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Plans a sync.
     *
     * @param config the configuration
     * @param hr the HR export (valid: {@link io.github.roster.sync.hr.HrExportReader} refuses an invalid one)
     * @param state what earlier runs remembered (employee id -> user id, the last HR people count)
     * @param allowDeactivations {@code --allow-deactivations N}: this run's cap on deactivations and removals,
     *     replacing both configured caps; empty for the configured ones
     * @return the plan
     * @throws SyncInputException when the configuration does not fit the export (an ACC {@code members} rule names
     *     a column the export lacks) or a client for a configured target is missing
     * @throws SafetyRefusedException when a safety rule refuses the plan
     * @throws TargetReadException when a target cannot be read
     */
    public Plan plan(SyncConfig config, HrExport hr, SyncState state, OptionalInt allowDeactivations) {
        check(config, hr);
        SafetyRules rules = allowDeactivations.isPresent()
                ? config.safety().allowingDeactivations(allowDeactivations.getAsInt()) : config.safety();
        SafetyCheck.feed(rules, hr.people().size(), state.lastHrPeople());
        List<HrPerson> people = hr.people();
        List<Supplier<TargetPlan>> work = new ArrayList<>();
        if (config.bim360() != null) {
            String account = config.bim360().account();
            work.add(() -> {
                TargetRead read = read(Platform.BIM360, account);
                return new TargetPlan(read.snapshot(), Bim360Diff.actions(account, read, people, state, rules));
            });
        }
        for (AccProjectSettings project : config.accProjects()) {
            work.add(() -> {
                TargetRead read = read(Platform.ACC, project.id());
                return new TargetPlan(read.snapshot(), AccDiff.actions(project, read, people, state, rules));
            });
        }
        if (config.procore() != null) {
            work.add(() -> {
                TargetRead read = read(Platform.PROCORE, config.procore().target());
                return new TargetPlan(read.snapshot(), ProcoreDiff.actions(config.procore(), read, people, rules));
            });
        }
        List<TargetSnapshot> snapshots = new ArrayList<>();
        List<PlannedAction> actions = new ArrayList<>();
        for (TargetPlan t : runAll(work)) {
            snapshots.add(t.snapshot);
            actions.addAll(t.actions.stream().sorted(ORDER).toList());
        }
        Plan plan = new Plan(Plan.FORMAT_VERSION, clock.instant(), hr.digest(), config.digest(), people.size(),
                config.statePath().toString(), rules, snapshots, actions);
        SafetyCheck.caps(plan);
        return plan;
    }

    /**
     * The order actions are listed in within a target, as a reviewer reads them and a safe apply runs them: people
     * created or reactivated, then changed, then deactivated or removed; then {@code blocked}, then {@code unmanaged}.
     */
    private static final List<ActionKind> LISTING = List.of(ActionKind.CREATE, ActionKind.REACTIVATE,
            ActionKind.UPDATE, ActionKind.ADD_TO_PROJECT, ActionKind.UPDATE_PROJECT_MEMBER, ActionKind.DEACTIVATE,
            ActionKind.REMOVE_FROM_PROJECT, ActionKind.BLOCKED, ActionKind.UNMANAGED);

    private static final Comparator<PlannedAction> ORDER = Comparator
            .comparingInt((PlannedAction a) -> LISTING.indexOf(a.kind()))
            .thenComparing(a -> a.employeeId() == null ? "" : a.employeeId())
            .thenComparing(a -> a.email() == null ? "" : a.email());

    private void check(SyncConfig config, HrExport hr) {
        List<String> problems = new ArrayList<>();
        if (config.needsAutodesk() && autodesk == null) {
            problems.add("an Autodesk client is needed for the bim360 and acc targets");
        }
        if (config.procore() != null && procore == null) {
            problems.add("a Procore client is needed for the procore target");
        }
        for (int i = 0; i < config.accProjects().size(); i++) {
            for (String attribute : config.accProjects().get(i).members().keySet()) {
                if (!hr.columns().contains(attribute)) {
                    problems.add("acc.projects[" + i + "].members." + attribute + ": the HR export has no such field"
                            + " or column (it has " + String.join(", ", hr.columns().stream().sorted().toList()) + ")");
                }
            }
        }
        if (config.procore() != null && !"employee_id".equals(config.procore().originIdField())
                && !hr.columns().contains(config.procore().originIdField())) {
            problems.add("procore.origin_id: the HR export has no column '" + config.procore().originIdField() + "'");
        }
        if (!problems.isEmpty()) {
            throw new SyncInputException("configuration", problems);
        }
    }

    private TargetRead read(Platform platform, String target) {
        try {
            return TargetRead.of(platform, target, TargetUsers.read(autodesk, procore, platform, target));
        } catch (RosterException e) {
            throw new TargetReadException(platform, target, e);
        }
    }

    /** Runs each target's read and diff on its own thread; the first failure (in target order) is thrown. */
    private static List<TargetPlan> runAll(List<Supplier<TargetPlan>> work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(work.size(), 8)), r -> {
            Thread t = new Thread(r, "roster-sync-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TargetPlan>> futures = new ArrayList<>();
            work.forEach(w -> futures.add(pool.submit(w::get)));
            List<TargetPlan> done = new ArrayList<>();
            for (Future<TargetPlan> f : futures) {
                try {
                    done.add(f.get());
                } catch (ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the targets", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private record TargetPlan(TargetSnapshot snapshot, List<PlannedAction> actions) {
    }

}
