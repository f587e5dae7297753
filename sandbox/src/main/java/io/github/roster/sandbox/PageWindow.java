package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one page while a store walks its matching records in order: it counts every match and copies
 * only those inside {@code [offset, offset + limit)}, so a page costs one pass and {@code limit} copies,
 * never a copy of the whole store.
 */
final class PageWindow {

    private final long offset;
    private final int limit;
    private final List<JsonNode> items = new ArrayList<>();
    private int total;

    PageWindow(long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, were " + offset + ", " + limit);
        }
        this.offset = offset;
        this.limit = limit;
    }

    /** A page of a list already filtered: copies of {@code [offset, offset + limit)}, O(limit). */
    static Page slice(List<? extends JsonNode> matching, long offset, int limit) {
        PageWindow window = new PageWindow(offset, limit);
        for (long i = offset; i < matching.size() && window.items.size() < limit; i++) {
            window.items.add(matching.get((int) i).deepCopy());
        }
        window.total = matching.size();
        return window.page();
    }

    /** Counts a matching record and keeps a copy of it when it falls inside the window. */
    void offer(JsonNode record) {
        if (total >= offset && items.size() < limit) {
            items.add(record.deepCopy());
        }
        total++;
    }

    Page page() {
        return new Page(items, total);
    }
}
