package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.plan.SafetyRefusedException;
import io.github.roster.sync.plan.SyncPlanner;
import io.github.roster.sync.plan.TargetReadException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster sync plan}: a thin shell over {@link SyncPlanner}. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads every target of the configuration (all users, active and inactive) and writes the plan"
                + " that would bring them in line with the HR export. Changes nothing.",
            "On a terminal it prints the actions grouped by target, then a summary; --output json prints the plan.",
            "Exit codes: 0 plan made (with or without actions), 2 invalid input, 4 a target could not be read,"
                + " 5 refused by a safety rule (which rule and the numbers are printed)."})
final class SyncPlanCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The sync configuration (YAML).")
    Path config;

    @Option(names = "--hr", required = true, paramLabel = "FILE",
            description = "The HR export: CSV, or JSON Lines (.jsonl, .ndjson, .json); UTF-8.")
    Path hr;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan here (JSON), for `sync apply`.")
    Path out;

    @Option(names = "--allow-deactivations", paramLabel = "N",
            description = "Allow up to N deactivations and project removals in this run, replacing both configured caps.")
    Integer allowDeactivations;

    @Mixin
    SyncConnection connection;

    SyncPlanCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (allowDeactivations != null && allowDeactivations < 0) {
            throw new InvalidInputException("--allow-deactivations must be 0 or more, was " + allowDeactivations);
        }
        SyncInputs inputs = SyncInputs.read(config, hr);
        SyncConfig cfg = inputs.config();
        HrExport export = inputs.hr();
        SyncState state = inputs.state();
        OptionalInt allow = allowDeactivations == null ? OptionalInt.empty() : OptionalInt.of(allowDeactivations);
        try (AutodeskAccountAdminClient autodesk = cfg.needsAutodesk() ? connection.autodesk(ctx) : null;
             ProcoreDirectoryClient procore = cfg.procore() != null ? connection.procore(ctx) : null) {
            Plan plan = new SyncPlanner(autodesk, procore).plan(cfg, export, state, allow);
            if (out != null) {
                PlanJson.write(plan, out);
            }
            print(plan);
            if (out != null && text()) {
                ctx.out().println("plan written to " + out);
            }
            return ExitCodes.OK;
        } catch (SyncInputException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (SafetyRefusedException e) {
            if (text()) {
                if (e.plan() != null) {
                    ctx.out().print(PlanTable.render(e.plan()));
                }
            } else {
                ctx.out().println(Printer.json(Printer.mapper().createObjectNode().put("error", "refused")
                        .put("rule", e.rule()).put("message", e.getMessage())));
            }
            ctx.err().println("roster: " + e.getMessage() + "; no plan was written");
            return ExitCodes.REFUSED_BY_SAFETY;
        } catch (TargetReadException e) {
            if (!text()) {
                ctx.out().println(Printer.json(FailureJson.of(e.getCause())));
            }
            ctx.err().println("roster: " + e.getMessage() + "; no plan was made");
            return ExitCodes.NOT_COMPLETED;
        }
    }

    private void print(Plan plan) {
        if (text()) {
            ctx.out().print(PlanTable.render(plan));
        } else {
            ctx.out().print(new String(PlanJson.toBytes(plan), StandardCharsets.UTF_8));
        }
    }

    private boolean text() {
        return connection.text();
    }
}
