package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccountUserDeactivation;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.error.RosterException;
import io.github.roster.error.ValidationException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster bim360 deactivate-user}. */
@Command(name = "deactivate-user", mixinStandardHelpOptions = true,
        description = {"Deactivates an account user: reads it first, then sends a PATCH with only status=inactive.",
            "Nothing is sent for a user who is inactive already (exit 0), or pending/not_invited (exit 3: Autodesk"
                    + " refuses; remove the user from the account's projects instead).",
            "With --email: exact, case-insensitive lookup; no match or several matches send nothing (exit 3).",
            "Batch: --csv/--ndjson FILE with a column id or email (one of them per row); every row is checked first"
                + " (a bad row: exit 2, nothing sent), then each user is deactivated as above and its outcome printed;"
                + " exit 4 when any row was not deactivated."})
final class Bim360DeactivateUserCommand extends Bim360AccountCommand {

    /** Which user. */
    static final class Target {
        @Option(names = "--user", required = true, paramLabel = "ID", description = "User id (the BIM 360 id).")
        String user;

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The user's e-mail (exact).")
        String email;

        @ArgGroup(exclusive = true, multiplicity = "1")
        BatchFile batch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    Bim360DeactivateUserCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (target.batch != null) {
            return batch();
        }
        AccountUserDeactivation done;
        try (AutodeskAccountAdminClient client = client()) {
            done = target.user != null ? client.deactivateAccountUser(account, target.user)
                    : client.deactivateAccountUserByEmail(account, target.email);
        }
        if (common.output == CommonOptions.Output.text) {
            ctx.out().println(done.kind() + ": " + done.message()
                    + (done.user() == null ? "" : " (" + Bim360UserLines.text(done.user()) + ")"));
        } else {
            ObjectNode node = Printer.mapper().createObjectNode().put("result", done.kind().name())
                    .put("message", done.message());
            node.set("user", Printer.mapper().valueToTree(done.user()));
            done.candidateIds().forEach(node.withArray("candidateIds")::add);
            ctx.out().println(common.output == CommonOptions.Output.json ? Printer.json(node) : Printer.compact(node));
        }
        return done.isInactive() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    private int batch() {
        DeactivationRows rows = DeactivationRows.read(ctx, target.batch, String.class, (id, bad) -> {
            try {
                AutodeskIds.parse(id, "id");
            } catch (ValidationException e) {
                bad.addAll(e.violations());
            }
        });
        try (AutodeskAccountAdminClient client = client();
             BatchOutcomes outcomes = new BatchOutcomes(ctx, common.output)) {
            for (BatchRows.Row row : rows.rows()) {
                try {
                    AccountUserDeactivation done = row.text("id") != null
                            ? client.deactivateAccountUser(account, row.text("id"))
                            : client.deactivateAccountUserByEmail(account, row.text("email"));
                    String outcome = done.kind().name().toLowerCase(java.util.Locale.ROOT);
                    if (done.isInactive()) {
                        outcomes.succeeded(row.line(), outcome, done.kind() + ": " + done.message(), done.user());
                    } else {
                        outcomes.notDone(row.line(), outcome, done.message(), done.user());
                    }
                } catch (RosterException e) {
                    outcomes.failed(row.line(), e);
                }
            }
            return outcomes.exitCode();
        }
    }
}
