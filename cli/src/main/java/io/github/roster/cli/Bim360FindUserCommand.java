package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roster bim360 find-user}. */
@Command(name = "find-user", mixinStandardHelpOptions = true,
        description = {"Prints the account users whose e-mail is exactly the one given, ignoring case (never the"
                + " vendor's fuzzy matches).", "--output json prints a JSON array: [] when none (exit 0)."})
final class Bim360FindUserCommand extends Bim360AccountCommand {

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The e-mail to look up.")
    String email;

    Bim360FindUserCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        try (AutodeskAccountAdminClient client = client()) {
            List<AccountUser> found = client.findAccountUsersByEmail(account, email);
            if (found.isEmpty() && common.output == CommonOptions.Output.text) {
                ctx.out().println("no user of the account has this e-mail");
            } else {
                Bim360UserLines.print(ctx, common.output, found);
            }
        }
        return ExitCodes.OK;
    }
}
