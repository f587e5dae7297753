package io.github.roster.sync.plan;

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
 * Reads every user of a target through the facade clients (every page; active and inactive users), so that each
 * read is paced and retried within its vendor rate-limit group, and reduces them to {@link TargetUser}s.
 */
final class TargetReaders {

    private TargetReaders() {
    }

    /** Every account user, whatever its status. */
    static TargetRead bim360(AutodeskAccountAdminClient client, String account) {
        List<TargetUser> users = new ArrayList<>();
        for (AccountUser u : client.listAccountUsers(account)) {
            Map<String, String> f = new TreeMap<>();
            f.put(FieldNames.EMAIL, u.getEmail());
            f.put("first_name", u.getFirstName());
            f.put("last_name", u.getLastName());
            f.put("job_title", u.getJobTitle());
            f.put(FieldNames.STATUS, u.getStatus());
            users.add(new TargetUser(String.valueOf(u.getId()), f));
        }
        return TargetRead.of(Platform.BIM360, account, users);
    }

    /** Every active and pending project member (removed members are no longer members). */
    static TargetRead acc(AutodeskAccountAdminClient client, String project) {
        List<TargetUser> users = new ArrayList<>();
        for (ProjectUser m : client.listProjectUsers(project)) {
            Map<String, String> f = new TreeMap<>();
            f.put(FieldNames.EMAIL, m.getEmail());
            f.put(FieldNames.STATUS, m.getStatus());
            f.put(FieldNames.PRODUCTS, products(m.getProducts()));
            f.put(FieldNames.COMPANY_ID, m.getCompanyId());
            f.put(FieldNames.ROLE_IDS, m.getRoleIds() == null ? null
                    : String.join(",", m.getRoleIds().stream().sorted().toList()));
            users.add(new TargetUser(m.getId(), f));
        }
        return TargetRead.of(Platform.ACC, project, users);
    }

    /** Every company user: the active list, then the inactive one. */
    static TargetRead procore(ProcoreDirectoryClient client, long company) {
        List<TargetUser> users = new ArrayList<>();
        for (CompanyUser u : client.listAllCompanyUsers(company)) {
            Map<String, String> f = new TreeMap<>();
            f.put(FieldNames.EMAIL_ADDRESS, u.getEmailAddress());
            f.put("first_name", u.getFirstName());
            f.put("last_name", u.getLastName());
            f.put("job_title", u.getJobTitle());
            f.put(FieldNames.ORIGIN_ID, u.getOriginId());
            f.put(FieldNames.STATUS, Boolean.FALSE.equals(u.getIsActive()) ? "inactive" : "active");
            users.add(new TargetUser(String.valueOf(u.getId()), f));
        }
        return TargetRead.of(Platform.PROCORE, Long.toString(company), users);
    }

    /** ACC products as the plan shows them: {@code key:access} sorted by key, joined by {@code ;}; {@code none} left out. */
    static String products(List<ProductAccessAnswer> products) {
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
