package io.github.roster.procore;

/**
 * The optional parameters of listing a company's active users. Immutable; start from {@link #DEFAULT} and use
 * the {@code with...} methods.
 *
 * @param perPage the page size sent as {@code per_page}, from 1 (default 100, the largest size every Procore
 *     source agrees on); the walk follows every page whatever the size
 * @param search {@code filters[search]}, Procore's broad text search over names, e-mail, job title and company:
 *     a narrowing hint, never a lookup; null for none
 * @param originId {@code filters[origin_id]}: only users with this origin id; null for none
 * @param updatedAt {@code filters[updated_at]}, a range such as {@code 2026-01-01...2026-02-01}; null for none
 */
public record ListCompanyUsersOptions(int perPage, String search, String originId, String updatedAt) {

    /** The largest page size Roster asks for: Procore's sources disagree above it. */
    public static final int MAX_PER_PAGE = 100;

    /** Pages of 100, no filters. */
    public static final ListCompanyUsersOptions DEFAULT = new ListCompanyUsersOptions(MAX_PER_PAGE, null, null, null);

    /**
     * Checks the page size.
     *
     * @param perPage see the record component
     * @param search see the record component
     * @param originId see the record component
     * @param updatedAt see the record component
     * @throws IllegalArgumentException when {@code perPage} is below 1
     */
    public ListCompanyUsersOptions {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, was " + perPage);
        }
    }

    /**
     * These options with another page size.
     *
     * @param size the page size, from 1
     * @return a copy
     */
    public ListCompanyUsersOptions withPerPage(int size) {
        return new ListCompanyUsersOptions(size, search, originId, updatedAt);
    }

    /**
     * These options with a {@code filters[search]} text.
     *
     * @param text the search text, or null for none
     * @return a copy
     */
    public ListCompanyUsersOptions withSearch(String text) {
        return new ListCompanyUsersOptions(perPage, text, originId, updatedAt);
    }

    /**
     * These options with a {@code filters[origin_id]}.
     *
     * @param id the origin id, or null for none
     * @return a copy
     */
    public ListCompanyUsersOptions withOriginId(String id) {
        return new ListCompanyUsersOptions(perPage, search, id, updatedAt);
    }

    /**
     * These options with a {@code filters[updated_at]} range.
     *
     * @param range e.g. {@code 2026-01-01...2026-02-01}, or null for none
     * @return a copy
     */
    public ListCompanyUsersOptions withUpdatedAt(String range) {
        return new ListCompanyUsersOptions(perPage, search, originId, range);
    }

    /** The filters' presence, never their values: a search is often an e-mail or a name. */
    @Override
    public String toString() {
        return "ListCompanyUsersOptions{perPage=" + perPage + ", search=" + (search == null ? "none" : "set")
                + ", originId=" + (originId == null ? "none" : "set") + ", updatedAt=" + updatedAt + '}';
    }
}
