package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserUpdate;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster acc update-project-user}. */
@Command(name = "update-project-user", mixinStandardHelpOptions = true,
        description = "Changes a project member's products, roles and/or company. Only the options given are sent.")
final class AccUpdateProjectUserCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Mixin
    RegionOption region;

    @Mixin
    AccProjectOptions project;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "The member's ACC id or Autodesk id.")
    String user;

    @Option(names = "--products", paramLabel = "KEY:ACCESS;...", description = "Products, e.g. docs:administrator;build:member.")
    String products;

    @Option(names = "--role-ids", paramLabel = "ID", split = ",", description = "Role ids, comma-separated.")
    List<String> roleIds;

    @Option(names = "--company-id", paramLabel = "ID", description = "Company id.")
    String companyId;

    AccUpdateProjectUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ProjectUserUpdate update = update();
        try (AutodeskAccountAdminClient client =
                     AutodeskCommands.client(common, region.region(), project.actingUser, ctx)) {
            ProjectUser updated = client.updateProjectUser(project.project, user, update);
            if (common.output == CommonOptions.Output.text) {
                ctx.out().printf("updated project member %s: products=%s, roleIds=%s, companyId=%s%n", updated.getId(),
                        updated.getProducts() == null ? "unchanged" : updated.getProducts().size(),
                        updated.getRoleIds() == null ? "unchanged" : updated.getRoleIds().size(),
                        updated.getCompanyId() == null ? "unchanged" : updated.getCompanyId());
            } else {
                ctx.out().println(common.output == CommonOptions.Output.json ? Printer.json(updated)
                        : Printer.compact(updated));
            }
        }
        return ExitCodes.OK;
    }

    private ProjectUserUpdate update() {
        List<Violation> violations = new ArrayList<>();
        ProjectUserUpdate update = new ProjectUserUpdate();
        if (products != null) {
            update.products(AccProductsCell.parse(products, ProjectUserUpdate.JSON_PROPERTY_PRODUCTS, violations));
        }
        if (roleIds != null) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < roleIds.size(); i++) {
                String path = ProjectUserUpdate.JSON_PROPERTY_ROLE_IDS + "[" + i + "]";
                ids.add(AccCsv.autodeskId(roleIds.get(i), path, violations));
            }
            update.roleIds(ids);
        }
        if (companyId != null) {
            update.companyId(AccCsv.autodeskId(companyId, ProjectUserUpdate.JSON_PROPERTY_COMPANY_ID, violations));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return update;
    }
}
