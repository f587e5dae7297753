package io.github.roster.sync.plan;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUserUpdate;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a plan's changes directly with the facade clients, one call per action: a stand-in for the real executor
 * (written separately), so that a test can check that a second plan is empty once the targets match HR.
 */
final class DirectApplier {

    private final AutodeskAccountAdminClient autodesk;
    private final ProcoreDirectoryClient procore;

    DirectApplier(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore) {
        this.autodesk = autodesk;
        this.procore = procore;
    }

    void apply(Plan plan) {
        // BIM 360 first, so that ACC finds the account users it links members to; within a platform, plan order
        plan.writeActions().stream().sorted(Comparator.comparing(PlannedAction::platform)).forEach(this::apply);
    }

    private void apply(PlannedAction a) {
        switch (a.platform()) {
            case BIM360 -> bim360(a);
            case ACC -> acc(a);
            case PROCORE -> procore(a);
            default -> throw new IllegalStateException(a.platform().toString());
        }
    }

    private void bim360(PlannedAction a) {
        switch (a.kind()) {
            case CREATE -> autodesk.createAccountUser(a.target(), new AccountUserCreate().email(value(a, "email"))
                    .firstName(value(a, "first_name")).lastName(value(a, "last_name"))
                    .jobTitle(value(a, "job_title")));
            case DEACTIVATE -> autodesk.updateAccountUser(a.target(), a.userId(),
                    new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
            case REACTIVATE -> autodesk.updateAccountUser(a.target(), a.userId(),
                    new AccountUserPatch().status(UserStatusUpdate.ACTIVE));
            default -> throw new IllegalStateException(a.id());
        }
    }

    private void acc(PlannedAction a) {
        switch (a.kind()) {
            case ADD_TO_PROJECT -> autodesk.importProjectUsers(a.target(), List.of(new ProjectUserImport()
                    .email(value(a, "email")).products(products(value(a, "products")))));
            case UPDATE_PROJECT_MEMBER -> {
                ProjectUserUpdate update = new ProjectUserUpdate();
                a.change("email").ifPresent(c -> update.email(c.to()));
                a.change("products").ifPresent(c -> update.products(products(c.to())));
                autodesk.updateProjectUser(a.target(), a.userId(), update);
            }
            case REMOVE_FROM_PROJECT -> autodesk.removeProjectUser(a.target(), a.userId());
            default -> throw new IllegalStateException(a.id());
        }
    }

    private void procore(PlannedAction a) {
        long company = Long.parseLong(a.target());
        switch (a.kind()) {
            case CREATE -> procore.createCompanyUser(company, new CompanyUserCreate()
                    .firstName(value(a, "first_name")).lastName(value(a, "last_name"))
                    .emailAddress(value(a, "email_address")).jobTitle(value(a, "job_title"))
                    .originId(value(a, "origin_id")));
            case UPDATE -> {
                long id = Long.parseLong(a.userId());
                CompanyUser current = procore.showCompanyUser(company, id);
                CompanyUserUpdate update = new CompanyUserUpdate()
                        .lastName(a.change("last_name").map(c -> c.to()).orElse(current.getLastName()))
                        .emailAddress(a.change("email_address").map(c -> c.to()).orElse(current.getEmailAddress()));
                a.change("first_name").ifPresent(c -> update.firstName(c.to()));
                a.change("job_title").ifPresent(c -> update.jobTitle(c.to()));
                a.change("origin_id").ifPresent(c -> update.originId(c.to()));
                procore.updateCompanyUser(company, id, update);
            }
            case DEACTIVATE -> procore.deactivateCompanyUser(company, Long.parseLong(a.userId()));
            case REACTIVATE -> procore.reactivateCompanyUser(company, Long.parseLong(a.userId()));
            default -> throw new IllegalStateException(a.id());
        }
    }

    private static String value(PlannedAction a, String field) {
        return a.newValue(field).orElse(null);
    }

    private static List<ProductAccess> products(String canonical) {
        List<ProductAccess> list = new ArrayList<>();
        for (String pair : canonical.split(";")) {
            String[] kv = pair.split(":");
            list.add(new ProductAccess().key(ProductKey.fromValue(kv[0])).access(ProductAccessLevel.fromValue(kv[1])));
        }
        return list;
    }

}
