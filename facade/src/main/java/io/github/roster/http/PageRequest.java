package io.github.roster.http;

/**
 * Which page of a list to fetch: an offset and a page size. Vendors that count in pages (Procore's
 * {@code page}/{@code per_page}) get page {@code offset / limit + 1}.
 *
 * @param offset how many items come before the page, from 0
 * @param limit the page size, at least 1
 */
public record PageRequest(long offset, int limit) {

    /**
     * Checks the components.
     *
     * @param offset see the record component
     * @param limit see the record component
     * @throws IllegalArgumentException naming each bad component
     */
    public PageRequest {
        StringBuilder bad = new StringBuilder();
        if (offset < 0) {
            bad.append("offset must not be negative, was ").append(offset);
        }
        if (limit < 1) {
            bad.append(bad.length() == 0 ? "" : "; ").append("limit must be at least 1, was ").append(limit);
        }
        if (bad.length() > 0) {
            throw new IllegalArgumentException(bad.toString());
        }
    }

    /**
     * The first page.
     *
     * @param limit the page size
     * @return the request for offset 0
     */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    /**
     * The page after this one, of the same size.
     *
     * @return the next request
     */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }

    /**
     * The page number, from 1, for vendors that count in pages of {@link #limit()} items.
     *
     * @return {@code offset / limit + 1}
     */
    public long pageNumber() {
        return offset / limit + 1;
    }
}
