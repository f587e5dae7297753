package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.autodesk.ProjectUserQuery;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserStatusFilter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster acc list-project-users}. */
@Command(name = "list-project-users", mixinStandardHelpOptions = true,
        description = "Lists a project's members (active and pending; --include-removed adds removed ones), every page,"
                + " streamed. With --email: exact, case-insensitive matches only.")
final class AccListProjectUsersCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Mixin
    AccProjectOptions project;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "Only the members with exactly this e-mail.")
    String email;

    @Option(names = "--include-removed", description = "Also list removed (deleted) members.")
    boolean includeRemoved;

    AccListProjectUsersCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (AutodeskAccountAdminClient client =
                     AutodeskCommands.client(common, region.region(), project.actingUser, ctx)) {
            Iterable<ProjectUser> members = email != null
                    ? client.findProjectUsersByEmail(project.project, email, includeRemoved)
                    : client.listProjectUsers(project.project, includeRemoved ? ProjectUserQuery.all().withStatuses(
                            ProjectUserStatusFilter.ACTIVE, ProjectUserStatusFilter.PENDING,
                            ProjectUserStatusFilter.DELETED) : ProjectUserQuery.all());
            long count = Printer.list(ctx.out(), common.output, members,
                    m -> String.format("%s %s status=%s name=%s autodeskId=%s", m.getId(), m.getEmail(), m.getStatus(),
                            m.getName(), m.getAutodeskId()));
            if (common.output == CommonOptions.Output.text) {
                ctx.out().println(Plural.of(count, "member"));
            }
        }
        return ExitCodes.OK;
    }
}
