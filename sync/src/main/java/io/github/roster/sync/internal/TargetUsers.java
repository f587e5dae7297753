package io.github.roster.sync.internal;

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
 * The one reader of what a target holds, for the planner and the executor alike: every user of a target through
 * the facade clients (every page, so that each read is paced and retried within its vendor rate-limit group),
 * reduced to {@link TargetUser}s keyed by the vendor's id.
 */
public final class TargetUsers {

    private TargetUsers() {
    }

    /**
     * Every user of one target.
     *
     * @param autodesk the client for BIM 360 and ACC targets
     * @param procore the client for Procore targets
     * @param platform the target's platform
     * @param target BIM 360 account id, ACC project id, or Procore company id as decimal text
     * @return its users
     */
    public static List<TargetUser> read(AutodeskAccountAdminClient autodesk, ProcoreDirectoryClient procore,
            Platform platform, String target) {
        return switch (platform) {
            case BIM360 -> bim360(autodesk, target);
            case ACC -> acc(autodesk, target);
            case PROCORE -> procore(procore, Long.parseLong(target));
        };
    }

    /**
     * Every account user, whatever its status.
     *
     * @param client the facade client
     * @param account the account id
     * @return the users
     */
    public static List<TargetUser> bim360(AutodeskAccountAdminClient client, String account) {
        List<TargetUser> users = new ArrayList<>();
        for (AccountUser u : client.listAccountUsers(account)) {
            Map<String, String> f = new TreeMap<>();
            f.put(PlanFields.EMAIL, u.getEmail());
            f.put(PlanFields.FIRST_NAME, u.getFirstName());
            f.put(PlanFields.LAST_NAME, u.getLastName());
            f.put(PlanFields.JOB_TITLE, u.getJobTitle());
            f.put(PlanFields.STATUS, u.getStatus());
            users.add(new TargetUser(String.valueOf(u.getId()), f));
        }
        return users;
    }

    /**
     * Every active and pending project member (removed members are no longer members).
     *
     * @param client the facade client
     * @param project the project id
     * @return the users
     */
    public static List<TargetUser> acc(AutodeskAccountAdminClient client, String project) {
        List<TargetUser> users = new ArrayList<>();
        for (ProjectUser m : client.listProjectUsers(project)) {
            Map<String, String> f = new TreeMap<>();
            f.put(PlanFields.EMAIL, m.getEmail());
            f.put(PlanFields.STATUS, m.getStatus());
            f.put(PlanFields.PRODUCTS, products(m.getProducts()));
            f.put(PlanFields.COMPANY_ID, m.getCompanyId());
            f.put(PlanFields.ROLE_IDS, m.getRoleIds() == null ? null
                    : String.join(",", m.getRoleIds().stream().sorted().toList()));
            users.add(new TargetUser(m.getId(), f));
        }
        return users;
    }

    /**
     * Every company user: the active list, then the inactive one.
     *
     * @param client the facade client
     * @param company the company id
     * @return the users
     */
    public static List<TargetUser> procore(ProcoreDirectoryClient client, long company) {
        List<TargetUser> users = new ArrayList<>();
        for (CompanyUser u : client.listAllCompanyUsers(company)) {
            Map<String, String> f = new TreeMap<>();
            f.put(PlanFields.EMAIL_ADDRESS, u.getEmailAddress());
            f.put(PlanFields.FIRST_NAME, u.getFirstName());
            f.put(PlanFields.LAST_NAME, u.getLastName());
            f.put(PlanFields.JOB_TITLE, u.getJobTitle());
            f.put(PlanFields.ORIGIN_ID, u.getOriginId());
            f.put(PlanFields.STATUS, Boolean.FALSE.equals(u.getIsActive()) ? "inactive" : "active");
            users.add(new TargetUser(String.valueOf(u.getId()), f));
        }
        return users;
    }

    /** ACC products as plans show them: {@code key:access} sorted by key, joined by {@code ;}; {@code none} left out. */
    private static String products(List<ProductAccessAnswer> products) {
        if (products == null) {
            return null;
        }
        Map<String, String> byKey = new TreeMap<>();
        for (ProductAccessAnswer p : products) {
            if (p.getKey() != null && p.getAccess() != null && !"none".equals(p.getAccess())) {
                byKey.put(p.getKey(), p.getAccess());
            }
        }
        StringBuilder out = new StringBuilder();
        byKey.forEach((k, v) -> out.append(out.length() == 0 ? "" : ";").append(k).append(':').append(v));
        return out.toString();
    }
}
