package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.autodesk.AccUserImport;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.ApiException;
import io.github.roster.error.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code roster acc import-users}: streams a CSV, validates every row before sending anything, then sends
 * requests of up to 200 users, recording each outcome in the report so a re-run resumes.
 */
@Command(name = "import-users", mixinStandardHelpOptions = true,
        description = {"Imports users from a CSV into an ACC project, in requests of up to 200 users.",
            "CSV header: email,firstName,lastName,companyId,roleIds,products (also userId);"
                    + " roleIds separated by ';', products as key:access;key:access.",
            "Every row is validated before anything is sent. With --report, a re-run skips the requests already"
                    + " accepted, so an interrupted import resumes without duplicates."})
final class AccImportUsersCommand implements Callable<Integer> {

    private static final int MAX_PRINTED_VIOLATIONS = 200;

    private final CliContext ctx;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Mixin
    AccProjectOptions project;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The users, one per row.")
    Path csv;

    @Option(names = "--dry-run", description = "Validate the whole file and send nothing.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE",
            description = "JSON Lines report, one line per request (users, jobId or error); re-use it to resume.")
    Path report;

    AccImportUsersCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** Asks a running import to stop after the request in flight; its outcome is still recorded. */
    void requestStop() {
        stopRequested.set(true);
    }

    @Override
    public Integer call() {
        String projectId = AutodeskIds.parse(project.project, "projectId").toString();
        try (AutodeskAccountAdminClient client =
                     AutodeskCommands.client(common, region.region(), project.actingUser, ctx)) {
            AccUserImport job = client.userImport(projectId);
            int total = validate(job);
            int requests = (total + AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST - 1)
                    / AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST;
            if (dryRun) {
                if (common.output == CommonOptions.Output.json) {
                    ctx.out().println(Printer.json(Printer.mapper().createObjectNode().put("dryRun", true)
                            .put("project", projectId).put("users", total).put("requests", requests)));
                } else {
                    ctx.out().printf("dry run: %s in %s %s valid; nothing was sent%n", Plural.of(total, "user"),
                            Plural.of(requests, "request"), total == 1 ? "is" : "are");
                }
                return ExitCodes.OK;
            }
            Thread onInterrupt = new Thread(this::stopAndWait, "roster-import-stop");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                return send(job, projectId, total);
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for `finished`
                }
            }
        }
    }

    private void stopAndWait() {
        requestStop();
        try {
            finished.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * First pass: every row, every rule; nothing is sent if anything is wrong. Repeated e-mails are confirmed by
     * reading the file again only when their fingerprints say one may repeat (memory stays 8 bytes a row).
     */
    private int validate(AccUserImport job) {
        List<String> problems = new ArrayList<>();
        List<RowViolation> reported = new ArrayList<>();
        int bad = 0;
        int count = 0;
        try (AccCsv rows = AccCsv.open(csv)) {
            while (rows.hasNext()) {
                AccCsv.Row row = rows.next();
                List<Violation> violations = new ArrayList<>(row.violations());
                violations.addAll(job.validateUser(row.index(), row.user()));
                bad += collect(row, violations, problems, reported);
                count++;
            }
        }
        if (job.emailsMayRepeat()) {
            try (AccCsv rows = AccCsv.open(csv)) {
                while (rows.hasNext()) {
                    AccCsv.Row row = rows.next();
                    bad += collect(row, job.checkRepeatedEmail(row.index(), row.user()), problems, reported);
                }
            }
        }
        if (bad > 0) {
            ctx.err().println("roster: " + Plural.of(bad, "invalid field") + " in " + csv + ", nothing was sent:");
            problems.forEach(p -> ctx.err().println("  " + p));
            if (bad > problems.size()) {
                ctx.err().println("  ... and " + (bad - problems.size()) + " more");
            }
            throw new InvalidRowsException(Plural.of(bad, "invalid field") + " in " + csv, reported, bad);
        }
        if (count == 0) {
            throw new InvalidInputException("--csv " + csv + " has no users");
        }
        return count;
    }

    /** Keeps the first violations for the message; returns how many there were. */
    private static int collect(AccCsv.Row row, List<Violation> violations, List<String> problems,
                               List<RowViolation> reported) {
        for (Violation v : violations) {
            if (problems.size() < MAX_PRINTED_VIOLATIONS) {
                problems.add("line " + row.line() + ": " + v.describe());
                reported.add(RowViolation.of(row.line(), v));
            }
        }
        return violations.size();
    }

    /** Then: requests of up to 200 users, in file order. */
    private int send(AccUserImport job, String projectId, int total) {
        ImportReport log = report == null ? ImportReport.none() : ImportReport.open(report, projectId);
        Summary summary = new Summary(projectId, total);
        boolean terminal = System.console() != null && common.output == CommonOptions.Output.text;
        try (log; AccCsv rows = AccCsv.open(csv); Progress progress = Progress.create(total, ctx.err(), terminal)) {
            List<ProjectUserImport> batch = new ArrayList<>();
            int first = 0;
            int index = 0;
            while (rows.hasNext() || !batch.isEmpty()) {
                if (rows.hasNext()) {
                    batch.add(rows.next().user());
                    if (batch.size() < AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST && rows.hasNext()) {
                        continue;
                    }
                }
                if (stopRequested.get()) {
                    summary.interrupted = true;
                    break;
                }
                String digest = ImportReport.digest(batch);
                if (log.alreadyAccepted(index, digest)) {
                    summary.skipped(batch.size());
                    progress.request(first + batch.size(), "request " + index + ": already accepted, skipped");
                } else {
                    if (log.wasUnfinished(index)) {
                        ctx.err().println("roster: warning: request " + index + " was sent by an interrupted run"
                                + " and its outcome is unknown; sending it again");
                    }
                    log.sending(index, first, batch, digest);
                    AccImportBatch outcome = job.sendBatch(index, first, batch);
                    log.outcome(outcome, digest);
                    summary.add(outcome);
                    progress.request(first + batch.size(), describe(outcome));
                }
                first += batch.size();
                index++;
                batch = new ArrayList<>();
            }
        }
        summary.print(ctx, common.output, report);
        return summary.exitCode();
    }

    private static String describe(AccImportBatch b) {
        return b.accepted()
                ? "request " + b.index() + ": " + Plural.of(b.users().size(), "user") + " accepted (job " + b.jobId() + ")"
                : "request " + b.index() + ": " + Plural.of(b.users().size(), "user") + " NOT accepted: "
                        + b.error().getMessage();
    }

    /** What an import did. */
    private static final class Summary {
        private final String project;
        private final int users;
        private int requests;
        private int accepted;
        private int acceptedUsers;
        private int skippedUsers;
        private int skippedRequests;
        private boolean interrupted;
        private final List<String> jobIds = new ArrayList<>();
        private final List<AccImportBatch> failures = new ArrayList<>();

        Summary(String project, int users) {
            this.project = project;
            this.users = users;
        }

        void add(AccImportBatch b) {
            requests++;
            if (b.accepted()) {
                accepted++;
                acceptedUsers += b.users().size();
                jobIds.add(String.valueOf(b.jobId()));
            } else {
                failures.add(b);
            }
        }

        void skipped(int count) {
            skippedRequests++;
            skippedUsers += count;
        }

        int exitCode() {
            if (interrupted) {
                return ExitCodes.NOT_COMPLETED;
            }
            int code = ExitCodes.OK;
            for (AccImportBatch f : failures) {
                code = Math.max(code, ExitCodes.of(f.error()) == ExitCodes.NOT_COMPLETED
                        ? ExitCodes.NOT_COMPLETED : ExitCodes.REFUSED);
            }
            return code;
        }

        void print(CliContext ctx, CommonOptions.Output output, Path report) {
            if (output == CommonOptions.Output.json) {
                ObjectNode node = Printer.mapper().createObjectNode()
                        .put("project", project).put("users", users).put("requestsSent", requests)
                        .put("requestsAccepted", accepted).put("usersAccepted", acceptedUsers)
                        .put("requestsSkipped", skippedRequests).put("usersSkipped", skippedUsers)
                        .put("interrupted", interrupted);
                ArrayNode jobs = node.putArray("jobIds");
                jobIds.forEach(jobs::add);
                ArrayNode failed = node.putArray("failures");
                for (AccImportBatch f : failures) {
                    ObjectNode e = failed.addObject().put("request", f.index()).put("firstUser", f.firstUserIndex())
                            .put("users", f.users().size()).put("message", f.error().getMessage());
                    if (f.error() instanceof ApiException api) {
                        e.put("status", api.status());
                    }
                }
                ctx.out().println(Printer.json(node));
                return;
            }
            ctx.out().printf("%s, %s sent: %d accepted (%s), %d failed; %s (%s) skipped as already accepted%n",
                    Plural.of(users, "user"), Plural.of(requests, "request"), accepted, Plural.of(acceptedUsers, "user"),
                    failures.size(), Plural.of(skippedRequests, "request"), Plural.of(skippedUsers, "user"));
            if (!jobIds.isEmpty()) {
                ctx.out().println("job ids: " + String.join(", ", jobIds.subList(0, Math.min(10, jobIds.size())))
                        + (jobIds.size() > 10 ? " ... (" + jobIds.size() + " in all" + (report == null ? ")" : ", see "
                        + report + ")") : ""));
            }
            for (AccImportBatch f : failures) {
                ctx.out().printf("failed: request %d (users %d-%d): %s%n", f.index(), f.firstUserIndex(),
                        f.firstUserIndex() + f.users().size() - 1, f.error().getMessage());
            }
            if (interrupted) {
                ctx.out().println("interrupted: re-run with the same --report to resume");
            }
        }
    }
}
