package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster bim360 list-users}. */
@Command(name = "list-users", mixinStandardHelpOptions = true,
        description = {"Prints every user of a BIM 360 / ACC account, page after page (100 a page) as they arrive.",
            "--output json prints one JSON array, --output ndjson one JSON object per line."})
final class Bim360ListUsersCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "Account id (a b. prefix is accepted).")
    String account;

    Bim360ListUsersCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (AutodeskAccountAdminClient client = AutodeskCommands.client(common, region.region(), null, ctx)) {
            Bim360UserLines.print(ctx, common.output, client.listAccountUsers(account));
        }
        return ExitCodes.OK;
    }
}
