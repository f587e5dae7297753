package io.github.roster.sync.apply;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.ProductAccessAnswer;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sync.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fresh reads of whole targets through the facade clients (every page, so every read is paced and retried in its
 * vendor rate-limit group), reduced to the fields plans name, exactly as the planner reduces them: what apply
 * compares with a plan's {@code before} and reads its writes back from.
 */
final class TargetReads {

    private final AutodeskAccountAdminClient autodesk;
    private final ProcoreDirectoryClient procore;

    TargetReads(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore) {
        this.autodesk = autodesk;
        this.procore = procore;
    }

    TargetView read(Platform platform, String target) {
        return switch (platform) {
            case BIM360 -> bim360(target);
            case ACC -> acc(target);
            case PROCORE -> procore(target);
        };
    }

    private TargetView bim360(String account) {
        List<TargetUser> users = new ArrayList<>();
        for (AccountUser u : autodesk.listAccountUsers(account)) {
            Map<String, String> f = new TreeMap<>();
            f.put("email", u.getEmail());
            f.put(PlanFields.FIRST_NAME, u.getFirstName());
            f.put(PlanFields.LAST_NAME, u.getLastName());
            f.put(PlanFields.JOB_TITLE, u.getJobTitle());
            f.put(PlanFields.STATUS, u.getStatus());
            users.add(new TargetUser(String.valueOf(u.getId()), f));
        }
        return new TargetView(Platform.BIM360, account, users);
    }

    /** The active and pending members: removed ones are no longer members. */
    private TargetView acc(String project) {
        List<TargetUser> users = new ArrayList<>();
        for (ProjectUser m : autodesk.listProjectUsers(project)) {
            Map<String, String> f = new TreeMap<>();
            f.put("email", m.getEmail());
            f.put(PlanFields.STATUS, m.getStatus());
            f.put(PlanFields.PRODUCTS, products(m.getProducts()));
            f.put(PlanFields.COMPANY_ID, m.getCompanyId());
            f.put(PlanFields.ROLE_IDS, m.getRoleIds() == null ? null
                    : String.join(",", m.getRoleIds().stream().map(String::valueOf).sorted().toList()));
            users.add(new TargetUser(m.getId(), f));
        }
        return new TargetView(Platform.ACC, project, users);
    }

    /** The active users, then the inactive ones. */
    private TargetView procore(String company) {
        List<TargetUser> users = new ArrayList<>();
        for (CompanyUser u : procore.listAllCompanyUsers(Long.parseLong(company))) {
            Map<String, String> f = new TreeMap<>();
            f.put("email_address", u.getEmailAddress());
            f.put(PlanFields.FIRST_NAME, u.getFirstName());
            f.put(PlanFields.LAST_NAME, u.getLastName());
            f.put(PlanFields.JOB_TITLE, u.getJobTitle());
            f.put(PlanFields.ORIGIN_ID, u.getOriginId());
            f.put(PlanFields.STATUS, Boolean.FALSE.equals(u.getIsActive()) ? "inactive" : "active");
            users.add(new TargetUser(String.valueOf(u.getId()), f));
        }
        return new TargetView(Platform.PROCORE, company, users);
    }

    /** ACC products as plans show them: {@code key:access} sorted by key, joined by {@code ;}; {@code none} left out. */
    static String products(List<ProductAccessAnswer> products) {
        if (products == null) {
            return null;
        }
        Map<String, String> byKey = new TreeMap<>();
        for (ProductAccessAnswer p : products) {
            if (p.getKey() != null && p.getAccess() != null && !"none".equals(String.valueOf(p.getAccess()))) {
                byKey.put(String.valueOf(p.getKey()), String.valueOf(p.getAccess()));
            }
        }
        StringBuilder out = new StringBuilder();
        byKey.forEach((k, v) -> out.append(out.length() == 0 ? "" : ";").append(k).append(':').append(v));
        return out.toString();
    }
}
