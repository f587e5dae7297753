package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccountImportItem;
import io.github.roster.autodesk.AccountImportOutcome;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roster bim360 import-users}: validates every CSV row first, then imports in requests of 50 users and prints
 * each user's outcome. With {@code --report}, a re-run skips users already created and refuses to re-send users
 * whose outcome is unknown unless {@code --resend-uncertain}, which looks each one up first.
 */
@Command(name = "import-users", mixinStandardHelpOptions = true,
        description = {"Imports users from a CSV into a BIM 360 / ACC account (users/import, 50 users a request).",
            "CSV header: wire field names of a new account user, e.g. email,first_name,last_name,company_id.",
            "Every row is validated before anything is sent; each user's outcome is printed: CREATED, FAILED (with"
                    + " the vendor's reason) or UNKNOWN (the request may have been processed; never re-sent).",
            "With --report (JSON Lines, one line per user, appended as each request ends) a re-run skips users"
                    + " already CREATED and refuses users recorded UNKNOWN unless --resend-uncertain, which looks each"
                    + " one up by e-mail first and re-sends only those not found.",
            "Exit 0 when every user exists, 3 when some failed, 4 when some are unknown."})
final class Bim360ImportUsersCommand extends Bim360AccountCommand {

    private static final Pattern USER_INDEX = Pattern.compile("users\\[(\\d+)](\\.)?");

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The users, one per row.")
    Path csv;

    @Option(names = "--report", paramLabel = "FILE",
            description = "JSON Lines report, one line per user outcome; re-use it to resume.")
    Path report;

    @Option(names = "--resend-uncertain",
            description = "Look up users the report records as UNKNOWN; count those found as created, re-send the rest.")
    boolean resendUncertain;

    Bim360ImportUsersCommand(CliContext ctx) {
        super(ctx);
    }

    /** A CSV user and the line it came from. */
    private record Entry(long line, AccountUserCreate user) {
    }

    @Override
    public Integer call() {
        String accountId = AutodeskIds.parse(account, "account_id").toString();
        List<Bim360Csv.Row> rows = Bim360Csv.read(csv);
        if (rows.isEmpty()) {
            throw new InvalidInputException("--csv " + csv + " has no users");
        }
        try (AutodeskAccountAdminClient client = client();
             Bim360ImportReport log = report == null ? Bim360ImportReport.none()
                     : Bim360ImportReport.open(report, accountId)) {
            List<Entry> entries = validate(client, rows);
            Results results = new Results(accountId, entries.size());
            List<Entry> toSend = new ArrayList<>();
            List<Entry> uncertain = new ArrayList<>();
            for (Entry e : entries) {
                AccountImportOutcome before = log.previousOutcome(e.user().getEmail());
                if (before == AccountImportOutcome.CREATED) {
                    results.skipped++;
                } else if (before == AccountImportOutcome.UNKNOWN) {
                    uncertain.add(e);
                } else {
                    toSend.add(e);
                }
            }
            if (!uncertain.isEmpty() && !resendUncertain) {
                throw new InvalidInputException(Plural.of(uncertain.size(), "user") + " recorded UNKNOWN in " + report
                        + " (lines " + lines(uncertain) + ") may exist already; nothing was sent. Re-run with"
                        + " --resend-uncertain to look them up and re-send only those not found.");
            }
            for (Entry e : uncertain) {
                List<AccountUser> found = client.findAccountUsersByEmail(accountId, e.user().getEmail());
                if (found.isEmpty()) {
                    toSend.add(e);
                } else {
                    String id = String.valueOf(found.get(0).getId());
                    log.record(e.line(), e.user().getEmail(), AccountImportOutcome.CREATED, id,
                            "found by an exact lookup after an unknown outcome");
                    results.add(e.line(), e.user().getEmail(), AccountImportOutcome.CREATED, id, "found by lookup");
                }
            }
            if (!toSend.isEmpty()) {
                client.importAccountUsers(accountId, toSend.stream().map(Entry::user).toList(), request -> {
                    for (AccountImportItem item : request) {
                        Entry e = toSend.get(item.index());
                        String id = item.created() == null ? null : String.valueOf(item.created().getId());
                        log.record(e.line(), item.email(), item.outcome(), id, item.reason());
                        results.add(e.line(), item.email(), item.outcome(), id, item.reason());
                    }
                });
            }
            results.print();
            return results.exitCode();
        }
    }

    /** Every row, every rule, before anything is sent; violations are named by line and field. */
    private List<Entry> validate(AutodeskAccountAdminClient client, List<Bim360Csv.Row> rows) {
        List<Violation> violations = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Bim360Csv.Row row = rows.get(i);
            entries.add(new Entry(row.line(), Bim360UserFields.user(row.values(), "users[" + i + "].", violations)));
        }
        violations.addAll(client.validateAccountUsers(entries.stream().map(Entry::user).toList()));
        if (violations.isEmpty()) {
            return entries;
        }
        String count = Plural.of(violations.size(), "invalid field");
        ctx.err().println("roster: " + count + " in " + csv + ", nothing was sent:");
        List<RowViolation> reported = new ArrayList<>();
        for (Violation v : violations) {
            ctx.err().println("  " + asLines(v.describe(), rows));
            reported.add(RowViolation.of(lineOf(v.path(), rows), v));
        }
        throw new InvalidRowsException(count + " in " + csv, reported, violations.size());
    }

    /** {@code users[3].email: ... users[0]} as {@code line 5, email: ... line 2}. */
    private static String asLines(String described, List<Bim360Csv.Row> rows) {
        Matcher m = USER_INDEX.matcher(described);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long line = rows.get(Integer.parseInt(m.group(1))).line();
            m.appendReplacement(sb, "line " + line + (m.group(2) == null ? "" : ", "));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The line of the user a violation's {@code users[i]} path names; 0 when it names none. */
    private static long lineOf(String path, List<Bim360Csv.Row> rows) {
        Matcher m = USER_INDEX.matcher(path);
        return m.lookingAt() ? rows.get(Integer.parseInt(m.group(1))).line() : 0;
    }

    private static String lines(List<Entry> entries) {
        List<String> lines = entries.stream().limit(20).map(e -> String.valueOf(e.line())).toList();
        return String.join(", ", lines) + (entries.size() > 20 ? ", ..." : "");
    }

    /** The per-user outcomes of this run, printed as they come (text) or at the end (json). */
    private final class Results {
        private final String accountId;
        private final int users;
        private int skipped;
        private int created;
        private int failed;
        private int unknown;
        private final ArrayNode items = Printer.mapper().createArrayNode();

        Results(String accountId, int users) {
            this.accountId = accountId;
            this.users = users;
        }

        void add(long line, String email, AccountImportOutcome outcome, String id, String reason) {
            switch (outcome) {
                case CREATED -> created++;
                case FAILED -> failed++;
                default -> unknown++;
            }
            ObjectNode item = Printer.mapper().createObjectNode().put("line", line).put("email", email)
                    .put("outcome", outcome.name());
            if (id != null) {
                item.put("id", id);
            }
            if (reason != null) {
                item.put("reason", reason);
            }
            if (common.output == CommonOptions.Output.text) {
                ctx.out().println("line " + line + " " + email + ": " + outcome
                        + (id == null ? "" : " " + id) + (reason == null ? "" : " (" + reason + ")"));
            } else if (common.output == CommonOptions.Output.ndjson) {
                ctx.out().println(Printer.compact(item));
            } else {
                items.add(item);
            }
        }

        void print() {
            if (common.output == CommonOptions.Output.json) {
                ObjectNode node = Printer.mapper().createObjectNode().put("account", accountId).put("users", users)
                        .put("created", created).put("failed", failed).put("unknown", unknown)
                        .put("skipped", skipped);
                node.set("results", items);
                ctx.out().println(Printer.json(node));
            } else if (common.output == CommonOptions.Output.text) {
                ctx.out().printf("%s: %d created, %d failed, %d unknown, %d skipped as created by an earlier"
                        + " run%n", Plural.of(users, "user"), created, failed, unknown, skipped);
            }
        }

        int exitCode() {
            return unknown > 0 ? ExitCodes.NOT_COMPLETED : failed > 0 ? ExitCodes.REFUSED : ExitCodes.OK;
        }
    }
}
