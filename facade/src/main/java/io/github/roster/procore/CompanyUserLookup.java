package io.github.roster.procore;

import io.github.roster.client.procore.model.CompanyUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Exact lookups over active AND inactive users. Procore has no exact filter for e-mail: {@code filters[search]}
 * narrows the active list (it also matches names, job titles and longer addresses, e.g. joann.lee for ann.lee)
 * and every hit is compared on the client; the inactive list has no filters at all and is walked whole.
 */
final class CompanyUserLookup {

    private final CompanyUserPages pages;

    CompanyUserLookup(CompanyUserPages pages) {
        this.pages = pages;
    }

    List<CompanyUserMatch> byEmail(long companyId, String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        Predicate<CompanyUser> same = u -> u.getEmailAddress() != null
                && u.getEmailAddress().trim().toLowerCase(Locale.ROOT).equals(wanted);
        return find(companyId, ListCompanyUsersOptions.DEFAULT.withSearch(email.trim()), same);
    }

    List<CompanyUserMatch> byOriginId(long companyId, String originId) {
        Predicate<CompanyUser> same = u -> originId.equals(u.getOriginId());
        return find(companyId, ListCompanyUsersOptions.DEFAULT.withOriginId(originId), same);
    }

    private List<CompanyUserMatch> find(long companyId, ListCompanyUsersOptions hint, Predicate<CompanyUser> same) {
        List<CompanyUserMatch> found = new ArrayList<>();
        for (CompanyUser u : pages.allActive(companyId, hint)) {
            if (same.test(u)) {
                found.add(new CompanyUserMatch(u, true));
            }
        }
        for (CompanyUser u : pages.allInactive(companyId, ListCompanyUsersOptions.MAX_PER_PAGE)) {
            if (same.test(u)) {
                found.add(new CompanyUserMatch(u, false));
            }
        }
        return List.copyOf(found);
    }
}
