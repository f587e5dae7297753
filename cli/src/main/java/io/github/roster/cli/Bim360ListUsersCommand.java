package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import picocli.CommandLine.Command;

/** {@code roster bim360 list-users}. */
@Command(name = "list-users", mixinStandardHelpOptions = true,
        description = {"Prints every user of a BIM 360 / ACC account, page after page (100 a page) as they arrive.",
            "--output json prints one JSON array, --output ndjson one JSON object per line."})
final class Bim360ListUsersCommand extends Bim360AccountCommand {

    Bim360ListUsersCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (AutodeskAccountAdminClient client = client()) {
            Bim360UserLines.print(ctx, common.output, client.listAccountUsers(account));
        }
        return ExitCodes.OK;
    }
}
