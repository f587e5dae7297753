package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.error.ApiException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one run of {@code acc import-users} did, printed at its end, and its exit code. */
final class AccImportSummary {

    /** A request that was not accepted, with the CSV lines of its first and last user. */
    private record Failure(AccImportBatch batch, long firstLine, long lastLine) {
    }

    private final String project;
    private final int users;
    private int requests;
    private int acceptedRequests;
    private int acceptedUsers;
    private int skippedUsers;
    private int foundUsers;
    private int failedUsers;
    private int uncertainUsers;
    private boolean interrupted;
    private String stoppedBecause;
    private final List<String> jobIds = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();

    AccImportSummary(String project, int users) {
        this.project = project;
        this.users = users;
    }

    /** A request's outcome. */
    void add(AccImportBatch b, long firstLine, long lastLine) {
        requests++;
        if (b.accepted()) {
            acceptedRequests++;
            acceptedUsers += b.users().size();
            jobIds.add(String.valueOf(b.jobId()));
        } else {
            failures.add(new Failure(b, firstLine, lastLine));
            if (b.mayHaveBeenProcessed()) {
                uncertainUsers += b.users().size();
            } else {
                failedUsers += b.users().size();
            }
        }
    }

    /** A user an earlier run recorded as accepted. */
    void skipped() {
        skippedUsers++;
    }

    /** Users whose earlier outcome was unknown and whom a read of the project found. */
    void found(int count) {
        foundUsers += count;
    }

    void interrupted() {
        interrupted = true;
    }

    /** The run stopped sending because every further request would fail the same way. */
    void stopped(String because) {
        stoppedBecause = because;
    }

    /** Users neither accepted (now or before), nor failed, nor uncertain: never sent in any run. */
    private int notSent() {
        return users - skippedUsers - foundUsers - acceptedUsers - failedUsers - uncertainUsers;
    }

    int exitCode() {
        if (interrupted || stoppedBecause != null || uncertainUsers > 0) {
            return ExitCodes.NOT_COMPLETED;
        }
        int code = ExitCodes.OK;
        for (Failure f : failures) {
            code = Math.max(code, ExitCodes.of(f.batch().error()) == ExitCodes.NOT_COMPLETED
                    ? ExitCodes.NOT_COMPLETED : ExitCodes.REFUSED);
        }
        return code;
    }

    void print(CliContext ctx, CommonOptions.Output output, Path report) {
        if (output == CommonOptions.Output.json) {
            ctx.out().println(Printer.json(json()));
            return;
        }
        ctx.out().printf("%s, %s sent: %d accepted (%s), %d failed; %s skipped as already accepted%n",
                Plural.of(users, "user"), Plural.of(requests, "request"), acceptedRequests,
                Plural.of(acceptedUsers, "user"), failures.size(), Plural.of(skippedUsers, "user"));
        if (foundUsers > 0) {
            ctx.out().printf("%s of an earlier request whose outcome was unknown %s found in the project: recorded as"
                    + " accepted, not sent again%n", Plural.of(foundUsers, "user"), foundUsers == 1 ? "was" : "were");
        }
        if (!jobIds.isEmpty()) {
            ctx.out().println("job ids: " + String.join(", ", jobIds.subList(0, Math.min(10, jobIds.size())))
                    + (jobIds.size() > 10 ? " ... (" + jobIds.size() + " in all" + (report == null ? ")" : ", see "
                    + report + ")") : ""));
        }
        for (Failure f : failures) {
            ctx.out().printf("%s: request %d (%s, lines %d-%d): %s%n",
                    f.batch().mayHaveBeenProcessed() ? "uncertain (may have been processed)" : "failed",
                    f.batch().index(), Plural.of(f.batch().users().size(), "user"), f.firstLine(), f.lastLine(),
                    f.batch().error().getMessage());
        }
        if (uncertainUsers > 0) {
            ctx.out().println(report == null
                    ? "the uncertain users may be in the project already: check before sending them again"
                    : "re-run with the same --report: it reads the project and sends only the uncertain users missing");
        }
        if (stoppedBecause != null) {
            ctx.out().printf("stopped: %s; %s not sent%n", stoppedBecause, Plural.of(notSent(), "user"));
        }
        if (interrupted) {
            ctx.out().printf("interrupted: %s not sent; re-run with the same --report to resume%n",
                    Plural.of(notSent(), "user"));
        }
    }

    private ObjectNode json() {
        ObjectNode node = Printer.mapper().createObjectNode()
                .put("project", project).put("users", users).put("requestsSent", requests)
                .put("requestsAccepted", acceptedRequests).put("usersAccepted", acceptedUsers)
                .put("usersSkipped", skippedUsers).put("usersFoundInProject", foundUsers)
                .put("usersFailed", failedUsers).put("usersUncertain", uncertainUsers).put("usersNotSent", notSent())
                .put("interrupted", interrupted);
        if (stoppedBecause != null) {
            node.put("stopped", stoppedBecause);
        }
        ArrayNode jobs = node.putArray("jobIds");
        jobIds.forEach(jobs::add);
        ArrayNode failed = node.putArray("failures");
        for (Failure f : failures) {
            ObjectNode e = failed.addObject().put("request", f.batch().index()).put("firstLine", f.firstLine())
                    .put("lastLine", f.lastLine()).put("users", f.batch().users().size())
                    .put("mayHaveBeenProcessed", f.batch().mayHaveBeenProcessed())
                    .put("message", f.batch().error().getMessage());
            if (f.batch().error() instanceof ApiException api) {
                e.put("status", api.status());
            }
        }
        return node;
    }
}
