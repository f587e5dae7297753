package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.UserProject;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster acc user-projects}. */
@Command(name = "user-projects", mixinStandardHelpOptions = true,
        description = "Lists the projects a user takes part in within an account, every page, streamed. By --email:"
                + " the account user with exactly that e-mail; none is exit 3.")
final class AccUserProjectsCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "Account id (a b. prefix is accepted).")
    String account;

    @ArgGroup(exclusive = true, multiplicity = "1")
    AccUserSelector who;

    AccUserProjectsCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (AutodeskAccountAdminClient client = AutodeskCommands.client(common, region.region(), null, ctx)) {
            Optional<? extends Iterable<UserProject>> projects = who.user != null
                    ? Optional.of(client.listUserProjects(account, who.user))
                    : client.listUserProjectsByEmail(account, who.email);
            if (projects.isEmpty()) {
                ctx.err().println("roster: no user of account " + account + " has exactly that e-mail");
                return ExitCodes.REFUSED;
            }
            long count = Printer.list(ctx.out(), common.output, projects.get(),
                    p -> String.format("%s %s platform=%s status=%s", p.getId(), p.getName(), p.getPlatform(),
                            p.getStatus()));
            if (common.output == CommonOptions.Output.text) {
                ctx.out().println(Plural.of(count, "project"));
            }
        }
        return ExitCodes.OK;
    }
}
