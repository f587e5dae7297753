package io.github.roster.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list, as a single-page call returns it: its items and, unless it is the last, the request for
 * the page after it.
 *
 * @param items the items, in the vendor's order
 * @param request the request this page answers
 * @param next the request for the next page; empty on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, PageRequest request, Optional<PageRequest> next) {

    /**
     * Copies the items.
     *
     * @param items see the record component
     * @param request see the record component
     * @param next see the record component
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(next, "next");
    }

    /**
     * Whether another page follows.
     *
     * @return true unless this is the last page
     */
    public boolean hasNext() {
        return next.isPresent();
    }

    /** Sizes and positions only: the items may be personal data. */
    @Override
    public String toString() {
        return "Page{items=" + items.size() + ", offset=" + request.offset() + ", limit=" + request.limit()
                + ", hasNext=" + hasNext() + '}';
    }
}
