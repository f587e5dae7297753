package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.ProjectUserRemoval;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code roster acc remove-project-user}. */
@Command(name = "remove-project-user", mixinStandardHelpOptions = true,
        description = "Removes a member from a project (the vendor keeps it as deleted). By --email: only a member with"
                + " exactly that e-mail, never a fuzzy match; none is exit 3.")
final class AccRemoveProjectUserCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Mixin
    AccProjectOptions project;

    @ArgGroup(exclusive = true, multiplicity = "1")
    AccUserSelector who;

    AccRemoveProjectUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (AutodeskAccountAdminClient client =
                     AutodeskCommands.client(common, region.region(), project.actingUser, ctx)) {
            List<ProjectUserRemoval> removals = who.user != null
                    ? List.of(client.removeProjectUser(project.project, who.user))
                    : client.removeProjectUserByEmail(project.project, who.email);
            Printer.list(ctx.out(), common.output, removals,
                    r -> "project member " + r.userId() + ": " + r.outcome().name().toLowerCase(java.util.Locale.ROOT));
            if (removals.isEmpty()) {
                ctx.err().println("roster: no active or pending member of project " + project.project
                        + " has exactly that e-mail; nothing was removed");
                return ExitCodes.REFUSED;
            }
        }
        return ExitCodes.OK;
    }
}
