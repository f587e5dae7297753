package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster bim360 get-user}. */
@Command(name = "get-user", mixinStandardHelpOptions = true,
        description = "Prints one BIM 360 / ACC account user.")
final class Bim360GetUserCommand extends Bim360AccountCommand {

    @Option(names = "--user", required = true, paramLabel = "ID", description = "User id (the BIM 360 id, not the uid).")
    String user;

    Bim360GetUserCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (AutodeskAccountAdminClient client = client()) {
            AccountUser found = client.getAccountUser(account, user);
            if (common.output == CommonOptions.Output.json) {
                ctx.out().println(Printer.json(found));
            } else {
                ctx.out().printf("BIM 360 user %s (%s): name=%s, status=%s, role=%s, company=%s, default_role=%s%n",
                        found.getId(), found.getEmail(), found.getName(), found.getStatus(), found.getRole(),
                        found.getCompanyId(), found.getDefaultRole());
            }
        }
        return ExitCodes.OK;
    }
}
