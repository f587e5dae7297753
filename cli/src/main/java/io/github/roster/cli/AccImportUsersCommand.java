package io.github.roster.cli;

import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.autodesk.AccUserImport;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.Region;
import io.github.roster.error.ApiException;
import io.github.roster.error.RosterException;
import io.github.roster.error.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code roster acc import-users}: streams a CSV, validates every row before sending anything, then sends
 * requests of up to 200 users. With {@code --report} each user's state is recorded (sending, accepted, failed,
 * uncertain) so that a re-run sends every user exactly once: accepted users are skipped, and users whose request
 * may have been processed are looked for in the project first and sent again only when absent.
 */
@Command(name = "import-users", mixinStandardHelpOptions = true,
        description = {"Imports users from a CSV into an ACC project, in requests of up to 200 users.",
            "CSV header: email,firstName,lastName,companyId,roleIds,products (also userId);"
                    + " roleIds separated by ';', products as key:access;key:access.",
            "Every row is validated before anything is sent. With --report (one writer at a time), a re-run skips"
                    + " users already accepted and sends users whose request may have been processed (interrupted,"
                    + " no answer, 5xx) only after reading the project shows they are not there: each user is"
                    + " imported once. A 401, 403 or 404 stops the import: the other requests would fail the same way.",
            "Exit 0 when every user was accepted, 3 when the vendor refused some, 4 when some are uncertain, not"
                    + " sent, or the project could not be read to resolve them."})
final class AccImportUsersCommand implements Callable<Integer> {

    private static final int MAX_PRINTED_VIOLATIONS = 200;
    private static final int MAX_PRINTED_USERS = 20;
    /** Answers that every further request of the import would get too: a wrong project, token or permission. */
    private static final Set<Integer> REPEATING_STATUSES = Set.of(401, 403, 404);

    private final CliContext ctx;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    /** Uncertain users (keys) that this run found in the project: accepted, but not by an earlier run. */
    private final Set<String> foundInProject = new HashSet<>();
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
            description = "JSON Lines report of each user's state (sending, accepted, failed-definitely, uncertain);"
                    + " re-use it to resume. Locked while a run uses it.")
    Path report;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "200",
            description = "Users per request, 1 to 200 (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--resend-uncertain",
            description = "When the project cannot be read (e.g. 403) to learn whether uncertain users were imported,"
                    + " send them again anyway (they may be imported twice). Without it, the import stops (exit 4).")
    boolean resendUncertain;

    @Option(names = "--verify-wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "ACC imports are asynchronous: how long to keep reading the project for uncertain users"
                    + " before sending them again (default ${DEFAULT-VALUE}).")
    int verifyWaitSeconds;

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
        checkOptions();
        try (AutodeskAccountAdminClient client =
                     AutodeskCommands.client(common, region.region(), project.actingUser, ctx)) {
            AccUserImport job = client.userImport(projectId);
            int total = validate(job);
            int requests = (total + batchSize - 1) / batchSize;
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
            try (AccImportReport log = report == null ? AccImportReport.none()
                    : AccImportReport.open(report, projectId, regionName())) {
                return resume(client, job, log, projectId, total);
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

    private void checkOptions() {
        List<String> problems = new ArrayList<>();
        if (batchSize < 1 || batchSize > AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST) {
            problems.add("--batch-size must be 1 to " + AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST
                    + ", was " + batchSize);
        }
        if (verifyWaitSeconds < 0) {
            problems.add("--verify-wait must not be negative, was " + verifyWaitSeconds);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems));
        }
    }

    /** The region the import goes to, as the report's identity holds it: the vendor's default is US. */
    private String regionName() {
        Region r = region.region();
        return r == null ? Region.US.getValue() : r.getValue();
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

    /** Resolves the users an earlier run left uncertain, then sends every user not yet accepted. */
    private int resume(AutodeskAccountAdminClient client, AccUserImport job, AccImportReport log, String projectId,
                       int total) {
        if (log.repaired()) {
            ctx.err().println("roster: warning: --report " + report + " ended in a line cut short by a killed run;"
                    + " it was removed (its request's users are resolved below)");
        }
        AccImportSummary summary = new AccImportSummary(projectId, total);
        List<String> uncertain = uncertainUsersInCsv(log);
        if (!uncertain.isEmpty()) {
            Integer refused = resolve(client, projectId, log, uncertain, summary);
            if (refused != null) {
                return refused;
            }
        }
        log.runStarted(csv, total);
        send(job, log, summary, total);
        summary.print(ctx, common.output, report);
        return summary.exitCode();
    }

    /** The CSV's users that the report records as uncertain, in file order. */
    private List<String> uncertainUsersInCsv(AccImportReport log) {
        List<String> uncertain = new ArrayList<>();
        if (!log.anyUncertain()) {
            return uncertain;
        }
        try (AccCsv rows = AccCsv.open(csv)) {
            while (rows.hasNext()) {
                String email = rows.next().user().getEmail();
                if (log.stateOf(email) == AccImportReport.State.UNCERTAIN) {
                    uncertain.add(email);
                }
            }
        }
        return uncertain;
    }

    /**
     * Reads the project for users whose earlier request may have been processed: those found are recorded as
     * accepted; the others stay uncertain in the report and are sent again by this run.
     *
     * @return null to go on sending, or the exit code when the project cannot be read and uncertain users must
     *     not be sent blindly
     */
    private Integer resolve(AutodeskAccountAdminClient client, String projectId, AccImportReport log,
                            List<String> uncertain, AccImportSummary summary) {
        ctx.err().println("roster: " + Plural.of(uncertain.size(), "user") + " of an earlier run may have been"
                + " imported already (the request's outcome is unknown); reading the project first");
        Set<String> members;
        try {
            members = new ProjectMembersCheck(client, projectId, Duration.ofSeconds(verifyWaitSeconds))
                    .members(uncertain.stream().map(AccImportReport::key).toList());
        } catch (RosterException e) {
            if (resendUncertain) {
                ctx.err().println("roster: warning: cannot read the project (" + e.getMessage() + "); sending "
                        + Plural.of(uncertain.size(), "uncertain user") + " again as --resend-uncertain asks:"
                        + " some may be imported twice");
                return null;
            }
            ctx.err().println("roster: cannot read the project's users to learn whether "
                    + Plural.of(uncertain.size(), "user") + " of an earlier run were imported: " + e.getMessage());
            ctx.err().println("  uncertain: " + String.join(", ", uncertain.subList(0,
                    Math.min(MAX_PRINTED_USERS, uncertain.size()))) + (uncertain.size() > MAX_PRINTED_USERS
                    ? ", ... (" + uncertain.size() + " in all, see " + report + ")" : ""));
            ctx.err().println("  nothing was sent. Check them in ACC, or re-run with --resend-uncertain to send them"
                    + " again anyway (they may be imported twice).");
            return ExitCodes.NOT_COMPLETED;
        }
        List<String> found = uncertain.stream().filter(e -> members.contains(AccImportReport.key(e))).toList();
        if (!found.isEmpty()) {
            found.forEach(e -> foundInProject.add(AccImportReport.key(e)));
            log.foundInProject(found);
            summary.found(found.size());
        }
        if (found.size() < uncertain.size()) {
            ctx.err().println("roster: " + Plural.of(uncertain.size() - found.size(), "uncertain user")
                    + " not in the project after " + verifyWaitSeconds + " s: sending again");
        }
        return null;
    }

    /** Requests of up to --batch-size users not yet accepted, in file order. */
    private void send(AccUserImport job, AccImportReport log, AccImportSummary summary, int total) {
        boolean terminal = System.console() != null && common.output == CommonOptions.Output.text;
        try (AccCsv rows = AccCsv.open(csv); Progress progress = Progress.create(total, ctx.err(), terminal)) {
            List<AccCsv.Row> batch = new ArrayList<>();
            int index = 0;
            int done = 0;
            while (rows.hasNext() || !batch.isEmpty()) {
                if (rows.hasNext()) {
                    AccCsv.Row row = rows.next();
                    String email = row.user().getEmail();
                    if (log.stateOf(email) == AccImportReport.State.ACCEPTED) {
                        if (!foundInProject.contains(AccImportReport.key(email))) {
                            summary.skipped();
                        }
                        done++;
                    } else {
                        batch.add(row);
                    }
                    if (batch.size() < batchSize && rows.hasNext()) {
                        continue;
                    }
                    if (batch.isEmpty()) {
                        continue;
                    }
                }
                if (stopRequested.get()) {
                    summary.interrupted();
                    return;
                }
                List<ProjectUserImport> users = batch.stream().map(AccCsv.Row::user).toList();
                log.sending(index, users.stream().map(ProjectUserImport::getEmail).toList());
                AccImportBatch outcome = job.sendBatch(index, batch.get(0).index(), users);
                log.outcome(outcome);
                summary.add(outcome, batch.get(0).line(), batch.get(batch.size() - 1).line());
                done += batch.size();
                progress.request(done, describe(outcome));
                if (!outcome.accepted() && outcome.error() instanceof ApiException api
                        && REPEATING_STATUSES.contains(api.status())) {
                    summary.stopped("request " + index + " was refused with " + api.status() + " ("
                            + api.getMessage() + "): every further request would be too");
                    return;
                }
                index++;
                batch = new ArrayList<>();
            }
        }
    }

    private static String describe(AccImportBatch b) {
        if (b.accepted()) {
            return "request " + b.index() + ": " + Plural.of(b.users().size(), "user") + " accepted (job "
                    + b.jobId() + ")";
        }
        return "request " + b.index() + ": " + Plural.of(b.users().size(), "user")
                + (b.mayHaveBeenProcessed() ? " UNCERTAIN (may have been processed): " : " NOT accepted: ")
                + b.error().getMessage();
    }
}
