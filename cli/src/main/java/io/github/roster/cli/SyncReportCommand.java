package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.apply.ApplyReport;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster sync report}: where applying a plan stands, from its journal and audit log. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Summarises applying a plan: each write action's state (not-started, started, applied, failed,"
                + " unverified, stale) with the reason and the vendor's request ids, from PLAN.journal and"
                + " PLAN.audit.jsonl. Reads only; safe while `sync apply` runs.",
            "Exit codes: 0 report printed, 2 the plan, journal or audit log cannot be read."})
final class SyncReportCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file that `sync apply` was given.")
    Path planFile;

    @Option(names = "--output", paramLabel = "json|text", defaultValue = "text",
            description = "text (a table, the default) or json.")
    CommonOptions.Output output;

    SyncReportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ApplyReport report;
        try {
            report = ApplyReport.read(planFile);
        } catch (SyncInputException | UncheckedIOException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (output == CommonOptions.Output.text) {
            ApplyTable table = new ApplyTable();
            report.entries().forEach(e -> table.row(e.state(), e.action(), e.reason(), e.requestIds()));
            ctx.out().print(table.render(report.counts()));
            return ExitCodes.OK;
        }
        ObjectNode root = Printer.mapper().createObjectNode();
        root.put("plan_digest", report.planDigest());
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach(counts::put);
        ArrayNode entries = root.putArray("actions");
        for (ApplyReport.Entry e : report.entries()) {
            ObjectNode line = ApplyTable.json(e.action(), e.state(), e.reason(), e.requestIds());
            if (e.userId() != null) {
                line.put("user_id", e.userId());
            }
            if (e.at() != null) {
                line.put("at", e.at());
            }
            entries.add(line);
        }
        ctx.out().println(Printer.json(root));
        return ExitCodes.OK;
    }
}
