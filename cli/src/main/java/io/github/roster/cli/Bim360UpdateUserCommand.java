package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.RosterException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster bim360 update-user}: one user ({@code --user}) or a batch ({@code --csv}/{@code --ndjson}). */
@Command(name = "update-user", mixinStandardHelpOptions = true,
        description = {"Changes a BIM 360 account user's status, default company and/or default role."
                + " Only the options given are sent.",
            "Batch: --csv/--ndjson FILE with the columns id,status,company_id,default_role, one user per row; every"
                + " row is checked first (a bad row: exit 2, nothing sent), then each is sent and its outcome printed;"
                + " exit 4 when any row failed."})
final class Bim360UpdateUserCommand extends Bim360AccountCommand {

    /** The batch columns: the user's id, then the spec's patch fields. */
    static final List<ModelFields.ModelField> COLUMNS = columns();

    /** One user or a batch file. */
    static final class Target {
        @Option(names = "--user", required = true, paramLabel = "ID", description = "User id.")
        String user;

        @ArgGroup(exclusive = true, multiplicity = "1")
        BatchFile batch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--status", paramLabel = "active|inactive", description = "New status.")
    String status;

    @Option(names = "--company", paramLabel = "ID", description = "New default company id.")
    String company;

    @Option(names = "--default-role", paramLabel = "TEXT", description = "New default role (at most 255 characters).")
    String defaultRole;

    Bim360UpdateUserCommand(CliContext ctx) {
        super(ctx);
    }

    private static List<ModelFields.ModelField> columns() {
        List<ModelFields.ModelField> columns = new ArrayList<>();
        columns.add(new ModelFields.ModelField("id", String.class, true));
        columns.addAll(ModelFields.of(AccountUserPatch.class));
        return List.copyOf(columns);
    }

    @Override
    public Integer call() {
        if (target.batch != null) {
            if (status != null || company != null || defaultRole != null) {
                throw new InvalidInputException(target.batch.describe() + ": each row holds its fields; leave out"
                        + " --status, --company and --default-role");
            }
            return batch();
        }
        List<Violation> violations = new ArrayList<>();
        AccountUserPatch patch = patch(status, company, defaultRole, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        try (AutodeskAccountAdminClient client = client()) {
            AccountUser updated = client.updateAccountUser(account, target.user, patch);
            if (common.output == CommonOptions.Output.json) {
                ctx.out().println(Printer.json(updated));
            } else {
                ctx.out().println(text(updated));
            }
        }
        return ExitCodes.OK;
    }

    private int batch() {
        List<RowViolation> violations = new ArrayList<>();
        List<BatchRows.Row> rows = BatchRows.read(target.batch, COLUMNS, violations);
        try (AutodeskAccountAdminClient client = client()) {
            List<AccountUserPatch> patches = new ArrayList<>();
            for (BatchRows.Row row : rows) {
                List<Violation> bad = new ArrayList<>();
                AccountUserPatch patch = patch(row.text("status"), row.text(AccountUserPatch.JSON_PROPERTY_COMPANY_ID),
                        row.text(AccountUserPatch.JSON_PROPERTY_DEFAULT_ROLE), bad);
                if (bad.isEmpty()) {
                    bad.addAll(client.validateAccountUserUpdate(row.text("id"), patch));
                }
                bad.forEach(v -> violations.add(RowViolation.of(row.line(), v)));
                patches.add(patch);
            }
            if (!violations.isEmpty()) {
                throw BatchRows.refuse(ctx, target.batch, violations);
            }
            try (BatchOutcomes outcomes = new BatchOutcomes(ctx, common.output)) {
                for (int i = 0; i < rows.size(); i++) {
                    long line = rows.get(i).line();
                    try {
                        AccountUser updated = client.updateAccountUser(account, rows.get(i).text("id"), patches.get(i));
                        outcomes.succeeded(line, "updated", text(updated), updated);
                    } catch (RosterException e) {
                        outcomes.failed(line, e);
                    }
                }
                return outcomes.exitCode();
            }
        }
    }

    private static String text(AccountUser updated) {
        return String.format("updated BIM 360 user %s (%s): status=%s, company=%s, default_role=%s", updated.getId(),
                updated.getEmail(), updated.getStatus(), updated.getCompanyId(), updated.getDefaultRole());
    }

    /** The patch of the values given (null: not sent); values that do not fit are added to {@code violations}. */
    static AccountUserPatch patch(String status, String company, String defaultRole, List<Violation> violations) {
        AccountUserPatch patch = new AccountUserPatch();
        if (status != null) {
            try {
                patch.status(UserStatusUpdate.fromValue(status.toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(AccountUserPatch.JSON_PROPERTY_STATUS, "enum",
                        "must be one of " + Arrays.toString(UserStatusUpdate.values()), status));
            }
        }
        if (company != null) {
            try {
                patch.companyId(AutodeskIds.parse(company, AccountUserPatch.JSON_PROPERTY_COMPANY_ID));
            } catch (ValidationException e) {
                violations.addAll(e.violations());
            }
        }
        if (defaultRole != null) {
            patch.defaultRole(defaultRole);
        }
        return patch;
    }
}
