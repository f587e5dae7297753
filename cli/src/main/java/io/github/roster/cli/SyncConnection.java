package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the {@code roster sync} commands that talk to the vendors (the common ones, {@code --region},
 * {@code --procore-env}, {@code --user-id}) and the clients built from them the way the other commands build them.
 */
final class SyncConnection {

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Option(names = "--procore-env", paramLabel = "production|sandbox|monthly|federal",
            description = "Procore environment (default production); --base-url overrides it.")
    String procoreEnvironment;

    @Option(names = "--user-id", paramLabel = "ID",
            description = "User-Id header of ACC requests: the ACC or Autodesk id a two-legged token acts for.")
    String actingUser;

    /** The BIM 360 / ACC client. */
    AutodeskAccountAdminClient autodesk(CliContext ctx) {
        return AutodeskCommands.client(common, region.region(), actingUser, ctx);
    }

    /** The Procore client. */
    ProcoreDirectoryClient procore(CliContext ctx) {
        return ProcoreConnection.client(common, procoreEnvironment, ctx);
    }

    /** Whether the output is the text table (not {@code --output json}). */
    boolean text() {
        return common.output == CommonOptions.Output.text;
    }
}
