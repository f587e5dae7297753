package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.autodesk.AutodeskIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster bim360 update-user}. */
@Command(name = "update-user", mixinStandardHelpOptions = true,
        description = "Changes a BIM 360 account user's status, default company and/or default role."
                + " Only the options given are sent.")
final class Bim360UpdateUserCommand extends Bim360AccountCommand {

    @Option(names = "--user", required = true, paramLabel = "ID", description = "User id.")
    String user;

    @Option(names = "--status", paramLabel = "active|inactive", description = "New status.")
    String status;

    @Option(names = "--company", paramLabel = "ID", description = "New default company id.")
    String company;

    @Option(names = "--default-role", paramLabel = "TEXT", description = "New default role (at most 255 characters).")
    String defaultRole;

    Bim360UpdateUserCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        AccountUserPatch patch = patch();
        try (AutodeskAccountAdminClient client = client()) {
            AccountUser updated = client.updateAccountUser(account, user, patch);
            if (common.output == CommonOptions.Output.json) {
                ctx.out().println(Printer.json(updated));
            } else {
                ctx.out().printf("updated BIM 360 user %s (%s): status=%s, company=%s, default_role=%s%n",
                        updated.getId(), updated.getEmail(), updated.getStatus(), updated.getCompanyId(),
                        updated.getDefaultRole());
            }
        }
        return ExitCodes.OK;
    }

    private AccountUserPatch patch() {
        List<Violation> violations = new ArrayList<>();
        AccountUserPatch patch = new AccountUserPatch();
        if (status != null) {
            try {
                patch.status(UserStatusUpdate.fromValue(status.toLowerCase(java.util.Locale.ROOT)));
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
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return patch;
    }
}
