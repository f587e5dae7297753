package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.ProjectUserStatusFilter;
import java.util.List;

/**
 * Options of a project members list ({@code GET construction/admin/v1/projects/{projectId}/users}). Unset
 * options are not sent, so the vendor's defaults apply: members {@code active} and {@code pending} (removed
 * members are {@code deleted} and listed only when asked for), text filters matched with {@code contains}.
 * Immutable; start from {@link #all()} and change what you need.
 *
 * @param statuses the member statuses to list; empty for the vendor's default (active and pending)
 * @param email {@code filter[email]}, or null
 * @param name {@code filter[name]}, or null
 * @param textMatch how text filters match: {@code contains}, {@code startsWith}, {@code endsWith} or
 *                  {@code equals}; null for the vendor's default ({@code contains})
 * @param companyId {@code filter[companyId]}, or null
 * @param ids {@code filter[id]}: ACC user ids, any of which matches; empty for none
 * @param autodeskIds {@code filter[autodeskId]}: Autodesk ids, any of which matches; empty for none
 * @param pageSize the page size, 1 to {@value #MAX_PAGE_SIZE}
 */
public record ProjectUserQuery(List<ProjectUserStatusFilter> statuses, String email, String name, String textMatch,
                               String companyId, List<String> ids, List<String> autodeskIds, int pageSize) {

    /** The largest page the vendor serves, and the default. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * Copies the lists.
     *
     * @param statuses see the record component
     * @param email see the record component
     * @param name see the record component
     * @param textMatch see the record component
     * @param companyId see the record component
     * @param ids see the record component
     * @param autodeskIds see the record component
     * @param pageSize see the record component
     */
    public ProjectUserQuery {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        ids = ids == null ? List.of() : List.copyOf(ids);
        autodeskIds = autodeskIds == null ? List.of() : List.copyOf(autodeskIds);
    }

    /**
     * Every active and pending member, {@value #MAX_PAGE_SIZE} per page.
     *
     * @return the query
     */
    public static ProjectUserQuery all() {
        return new ProjectUserQuery(List.of(), null, null, null, null, List.of(), List.of(), MAX_PAGE_SIZE);
    }

    /**
     * The same query for these statuses.
     *
     * @param wanted the statuses, e.g. {@code ACTIVE, PENDING, DELETED} to include removed members
     * @return a new query
     */
    public ProjectUserQuery withStatuses(ProjectUserStatusFilter... wanted) {
        return new ProjectUserQuery(List.of(wanted), email, name, textMatch, companyId, ids, autodeskIds, pageSize);
    }

    /**
     * The same query filtered by e-mail, matched per {@link #textMatch()} (the vendor's default is
     * {@code contains}: use {@link AutodeskAccountAdminClient#findProjectUsersByEmail} for an exact lookup).
     *
     * @param filter the e-mail filter
     * @return a new query
     */
    public ProjectUserQuery withEmail(String filter) {
        return new ProjectUserQuery(statuses, filter, name, textMatch, companyId, ids, autodeskIds, pageSize);
    }

    /**
     * The same query filtered by name.
     *
     * @param filter the name filter
     * @return a new query
     */
    public ProjectUserQuery withName(String filter) {
        return new ProjectUserQuery(statuses, email, filter, textMatch, companyId, ids, autodeskIds, pageSize);
    }

    /**
     * The same query with another text match.
     *
     * @param match {@code contains}, {@code startsWith}, {@code endsWith} or {@code equals}
     * @return a new query
     */
    public ProjectUserQuery withTextMatch(String match) {
        return new ProjectUserQuery(statuses, email, name, match, companyId, ids, autodeskIds, pageSize);
    }

    /**
     * The same query for members of one company.
     *
     * @param company the company id
     * @return a new query
     */
    public ProjectUserQuery withCompanyId(String company) {
        return new ProjectUserQuery(statuses, email, name, textMatch, company, ids, autodeskIds, pageSize);
    }

    /**
     * The same query for these ACC user ids.
     *
     * @param accIds the ids
     * @return a new query
     */
    public ProjectUserQuery withIds(List<String> accIds) {
        return new ProjectUserQuery(statuses, email, name, textMatch, companyId, accIds, autodeskIds, pageSize);
    }

    /**
     * The same query for these Autodesk ids.
     *
     * @param ids the Autodesk ids
     * @return a new query
     */
    public ProjectUserQuery withAutodeskIds(List<String> ids) {
        return new ProjectUserQuery(statuses, email, name, textMatch, companyId, this.ids, ids, pageSize);
    }

    /**
     * The same query with another page size (smaller pages cost more requests; useful to test paging).
     *
     * @param size 1 to {@value #MAX_PAGE_SIZE}
     * @return a new query
     */
    public ProjectUserQuery withPageSize(int size) {
        return new ProjectUserQuery(statuses, email, name, textMatch, companyId, ids, autodeskIds, size);
    }

    @Override
    public String toString() {
        return "ProjectUserQuery{statuses=" + statuses + ", email=" + (email == null ? "none" : "set")
                + ", name=" + (name == null ? "none" : "set") + ", textMatch=" + textMatch + ", companyId=" + companyId
                + ", ids=" + ids.size() + ", autodeskIds=" + autodeskIds.size() + ", pageSize=" + pageSize + '}';
    }
}
