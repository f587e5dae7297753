package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every {@code roster bim360} command takes: the common options, {@code --region} and {@code --account}. */
abstract class Bim360AccountCommand implements Callable<Integer> {

    final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "Account id (a b. prefix is accepted).")
    String account;

    Bim360AccountCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** A client built from the options; close it. */
    AutodeskAccountAdminClient client() {
        return AutodeskCommands.client(common, region.region(), null, ctx);
    }
}
