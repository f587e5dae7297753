package io.github.roster.autodesk;

import io.github.roster.client.autodesk.api.ProjectUsersApi.ListProjectUsersQueryParams;
import io.github.roster.client.autodesk.api.ProjectUsersApi.ListUserProjectsQueryParams;
import io.github.roster.client.autodesk.model.Pagination;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.autodesk.model.ProjectUserStatusFilter;
import io.github.roster.error.Violation;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import io.github.roster.internal.PageEnds;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The mechanics of ACC project membership calls: the query sent for a list page, where a page ends, the exact
 * e-mail lookup over the vendor's text filters, and the read that proves an earlier removal.
 */
final class ProjectMembers {

    /** The text match that asks the vendor for exact matches. */
    static final String EQUALS = "equals";

    private static final Pattern USER_ID = Pattern.compile("^[A-Za-z0-9_-]{1,255}$");
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final int MAX_FILTER_LENGTH = 255;

    private ProjectMembers() {
    }

    /** Reads a member id: an ACC id (UUID) or an Autodesk id, letters, digits, {@code _} and {@code -} only. */
    static String userId(String raw, String path, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(path, "NotBlank", "is required", null));
            return null;
        }
        String id = raw.trim();
        if (!USER_ID.matcher(id).matches()) {
            violations.add(new Violation(path, "Pattern",
                    "must be an ACC id or Autodesk id: 1 to 255 letters, digits, _ or -", raw));
            return null;
        }
        return id;
    }

    /** Checks a list query's options. */
    static void check(ProjectUserQuery query, List<Violation> violations) {
        if (query == null) {
            violations.add(new Violation("query", "NotNull", "the query is required", null));
            return;
        }
        if (query.pageSize() < 1 || query.pageSize() > ProjectUserQuery.MAX_PAGE_SIZE) {
            violations.add(new Violation("limit", "Range",
                    "the page size must be 1 to " + ProjectUserQuery.MAX_PAGE_SIZE, query.pageSize()));
        }
        checkLength("filter[email]", query.email(), violations);
        checkLength("filter[name]", query.name(), violations);
    }

    /** Checks the e-mail of an exact lookup. */
    static void checkEmail(String email, List<Violation> violations) {
        if (email == null || email.isBlank()) {
            violations.add(new Violation("email", "NotBlank", "is required", null));
        } else {
            checkLength("email", email, violations);
        }
    }

    private static void checkLength(String path, String value, List<Violation> violations) {
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            violations.add(new Violation(path, "Size", "must be at most " + MAX_FILTER_LENGTH + " characters",
                    value.length() + " characters"));
        }
    }

    /** The query parameters of one page. */
    static ListProjectUsersQueryParams params(ProjectUserQuery query, PageRequest page) {
        ListProjectUsersQueryParams params = new ListProjectUsersQueryParams()
                .limit(page.limit()).offset(Math.toIntExact(page.offset()));
        if (!query.statuses().isEmpty()) {
            params.filterStatus(query.statuses());
        }
        if (query.email() != null) {
            params.filterEmail(query.email());
        }
        if (query.name() != null) {
            params.filterName(query.name());
        }
        if (query.textMatch() != null) {
            params.filterTextMatch(query.textMatch());
        }
        if (query.companyId() != null) {
            params.filterCompanyId(query.companyId());
        }
        if (!query.ids().isEmpty()) {
            params.filterId(query.ids());
        }
        if (!query.autodeskIds().isEmpty()) {
            params.filterAutodeskId(query.autodeskIds());
        }
        return params;
    }

    /** The query parameters of one page of a user's projects. */
    static ListUserProjectsQueryParams params(PageRequest page) {
        return new ListUserProjectsQueryParams().limit(page.limit()).offset(Math.toIntExact(page.offset()));
    }

    /** One page, ended by {@code pagination} ({@code nextUrl}, else {@code totalResults}, else a short page). */
    static <T> Page<T> page(PageRequest request, List<T> results, Pagination pagination) {
        List<T> items = results == null ? List.of() : results;
        Long total = pagination == null || pagination.getTotalResults() == null
                ? null : pagination.getTotalResults().longValue();
        return PageEnds.totalOrNextUrl(request, items, total, pagination == null ? null : pagination.getNextUrl());
    }

    /** The server side of an exact lookup: {@code filter[email]} with {@code filterTextMatch=equals}. */
    static ProjectUserQuery exactEmail(String email, boolean includeRemoved) {
        ProjectUserQuery query = ProjectUserQuery.all().withEmail(email.trim()).withTextMatch(EQUALS);
        return includeRemoved ? query.withStatuses(ProjectUserStatusFilter.ACTIVE, ProjectUserStatusFilter.PENDING,
                ProjectUserStatusFilter.DELETED) : query;
    }

    /** The client side of an exact lookup: the same address, ignoring case and surrounding blanks. */
    static boolean sameEmail(ProjectUser member, String email) {
        return member.getEmail() != null
                && member.getEmail().trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT));
    }

    /** The read that finds a member among the removed ones, by ACC id or Autodesk id. */
    static ProjectUserQuery removedMember(String userId) {
        ProjectUserQuery deleted = ProjectUserQuery.all().withStatuses(ProjectUserStatusFilter.DELETED);
        return UUID_TEXT.matcher(userId).matches()
                ? deleted.withIds(List.of(userId)) : deleted.withAutodeskIds(List.of(userId));
    }

    /** Whether a member read back is the removed member {@code userId}. */
    static boolean isRemoved(ProjectUser member, String userId) {
        boolean same = userId.equalsIgnoreCase(String.valueOf(member.getId()))
                || userId.equalsIgnoreCase(String.valueOf(member.getAutodeskId()));
        return same && ProjectUserStatusFilter.DELETED.getValue().equals(member.getStatus());
    }
}
