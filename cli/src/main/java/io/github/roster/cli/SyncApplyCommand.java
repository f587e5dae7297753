package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.apply.ActionOutcome;
import io.github.roster.sync.apply.ActionResult;
import io.github.roster.sync.apply.ApplyOptions;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.apply.SyncApplier;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.plan.SafetyRefusedException;
import io.github.roster.sync.plan.SyncPlanner;
import io.github.roster.sync.plan.TargetReadException;
import io.github.roster.sync.journal.JournalInUseException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster sync apply}: a thin shell over {@link SyncApplier}. */
@Command(name = "apply", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Executes the write actions of a plan made by `sync plan`, exactly once, and reads every write"
                + " back. Stopped at any point (even killed), run it again: it continues where it stopped and never"
                + " sends twice what may have been done.",
            "Beside the plan it keeps PLAN.journal (one run at a time) and PLAN.audit.jsonl (every outcome with"
                + " before/after values and the vendor's request ids); `sync report PLAN` summarises them.",
            "Exit codes: 0 every action applied and verified, 2 invalid plan or options, 4 some action failed or is"
                + " unverified (run again to resume), 5 refused by a safety rule or stale (plan again, or --refresh)."})
final class SyncApplyCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (JSON) written by `sync plan --out`.")
    Path planFile;

    @Option(names = "--import-wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for ACC imports to appear in the project's users (default ${DEFAULT-VALUE}).")
    long importWaitSeconds;

    @Option(names = "--durable", description = "Force every journal and audit record to the disk (survives power loss).")
    boolean durable;

    @Option(names = "--refresh", description = "Plan again first (with --config and --hr, the files the plan was made"
            + " from), write the new plan to PLAN.refreshed.json and apply that one: for a plan refused as stale.")
    boolean refresh;

    @Option(names = "--config", paramLabel = "FILE", description = "With --refresh: the sync configuration the plan was made from.")
    Path config;

    @Option(names = "--hr", paramLabel = "FILE", description = "With --refresh: the HR export the plan was made from.")
    Path hr;

    @Mixin
    SyncConnection connection;

    SyncApplyCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (importWaitSeconds < 0) {
            throw new InvalidInputException("--import-wait must be 0 or more, was " + importWaitSeconds);
        }
        Plan plan;
        try {
            plan = PlanJson.read(planFile);
        } catch (SyncInputException | UncheckedIOException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (refresh != (config != null) || refresh != (hr != null)) {
            throw new InvalidInputException("--refresh, --config and --hr go together: --refresh plans again from the"
                    + " configuration and HR export the plan was made from");
        }
        if (refresh) {
            return refreshThenApply(plan);
        }
        return apply(plan, planFile);
    }

    /** Plans again from the same configuration and HR export, under the plan's reviewed deactivation cap. */
    private int refreshThenApply(Plan stale) {
        SyncInputs inputs = SyncInputs.read(config, hr);
        SyncConfig cfg = inputs.config();
        HrExport export = inputs.hr();
        SyncState state = inputs.state();
        List<String> changed = new ArrayList<>();
        if (!cfg.digest().equals(stale.configDigest())) {
            changed.add("--config " + config + " is not the configuration the plan was made from (digest differs)");
        }
        if (!export.digest().equals(stale.hrDigest())) {
            changed.add("--hr " + hr + " is not the HR export the plan was made from (digest differs)");
        }
        if (!changed.isEmpty()) {
            throw new InvalidInputException(String.join("; ", changed) + ": make and review a new plan instead");
        }
        OptionalInt allow = stale.safety().maxDeactivations() == cfg.safety().maxDeactivations() ? OptionalInt.empty()
                : OptionalInt.of(stale.safety().maxDeactivations());
        Plan fresh;
        try (AutodeskAccountAdminClient autodesk = cfg.needsAutodesk() ? connection.autodesk(ctx) : null;
             ProcoreDirectoryClient procore = cfg.procore() != null ? connection.procore(ctx) : null) {
            fresh = new SyncPlanner(autodesk, procore).plan(cfg, export, state, allow);
        } catch (SyncInputException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (SafetyRefusedException e) {
            ctx.err().println("roster: re-planning was refused: " + e.getMessage());
            return ExitCodes.REFUSED_BY_SAFETY;
        } catch (TargetReadException e) {
            ctx.err().println("roster: " + e.getMessage() + "; nothing was applied");
            return ExitCodes.NOT_COMPLETED;
        }
        Path refreshed = planFile.resolveSibling(planFile.getFileName() + ".refreshed.json");
        PlanJson.write(fresh, refreshed);
        ctx.err().println("roster: planned again: " + fresh.writeActions().size() + " write actions (the plan had "
                + stale.writeActions().size() + "), written to " + refreshed + "; applying it");
        return apply(fresh, refreshed);
    }

    private int apply(Plan plan, Path file) {
        boolean needsAutodesk = plan.writeActions().stream().anyMatch(a -> a.platform() != Platform.PROCORE);
        boolean needsProcore = plan.writeActions().stream().anyMatch(a -> a.platform() == Platform.PROCORE);
        ApplyOptions options = ApplyOptions.DEFAULTS.withImportWait(Duration.ofSeconds(importWaitSeconds));
        options = new ApplyOptions(options.importWait(), options.pollInterval(), durable);
        try (AutodeskAccountAdminClient autodesk = needsAutodesk ? connection.autodesk(ctx) : null;
             ProcoreDirectoryClient procore = needsProcore ? connection.procore(ctx) : null) {
            ApplyResult result = new SyncApplier(autodesk, procore, options).apply(plan, file);
            print(result, file);
            if (result.complete()) {
                return ExitCodes.OK;
            }
            return result.any(ActionOutcome.STALE) ? ExitCodes.REFUSED_BY_SAFETY : ExitCodes.NOT_COMPLETED;
        } catch (SyncInputException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (SafetyRefusedException e) {
            if (!text()) {
                ctx.out().println(Printer.json(Printer.mapper().createObjectNode().put("error", "refused")
                        .put("rule", e.rule()).put("message", e.getMessage())));
            }
            ctx.err().println("roster: " + e.getMessage());
            return ExitCodes.REFUSED_BY_SAFETY;
        } catch (JournalInUseException e) {
            if (!text()) {
                ctx.out().println(Printer.json(Printer.mapper().createObjectNode().put("error", "in-use")
                        .put("message", e.getMessage())));
            }
            ctx.err().println("roster: another `sync apply` of this plan is running (" + e.getMessage() + ")");
            return ExitCodes.NOT_COMPLETED;
        }
    }

    private void print(ApplyResult result, Path file) {
        if (text()) {
            ApplyTable table = new ApplyTable();
            for (ActionResult r : result.results()) {
                table.row(r.outcome().key(), r.action(), r.reason(), r.requestIds());
            }
            ctx.out().print(table.render(result.counts()));
            ctx.out().println("journal " + SyncApplier.journalFile(file) + ", audit log " + SyncApplier.auditFile(file));
            return;
        }
        ObjectNode root = Printer.mapper().createObjectNode();
        root.put("plan_digest", result.planDigest());
        root.put("complete", result.complete());
        ObjectNode counts = root.putObject("counts");
        result.counts().forEach(counts::put);
        ArrayNode results = root.putArray("results");
        for (ActionResult r : result.results()) {
            ObjectNode line = ApplyTable.json(r.action(), r.outcome().key(), r.reason(), r.requestIds());
            if (r.userId() != null) {
                line.put("user_id", r.userId());
            }
            results.add(line);
        }
        ctx.out().println(Printer.json(root));
    }

    private boolean text() {
        return connection.text();
    }
}
