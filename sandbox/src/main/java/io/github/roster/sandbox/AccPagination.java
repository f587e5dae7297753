package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The {@code {pagination, results}} answer of the {@code construction/admin} lists: {@code limit},
 * {@code offset}, {@code totalResults}, and {@code nextUrl} / {@code previousUrl} as absolute URLs of the
 * neighbouring pages (the request's other parameters kept), an empty string when there is none.
 */
final class AccPagination {

    static final int DEFAULT_LIMIT = 20;

    private AccPagination() {
    }

    static SandboxResponse answer(SandboxRequest request, Page page, long offset, int limit) {
        PageLinks links = new PageLinks(request);
        ObjectNode pagination = Json.object();
        pagination.put("limit", limit);
        pagination.put("offset", offset);
        pagination.put("totalResults", page.total());
        pagination.put("nextUrl", offset + limit < page.total() ? url(links, offset + limit, limit) : "");
        pagination.put("previousUrl", offset > 0 ? url(links, Math.max(0, offset - limit), limit) : "");
        ObjectNode body = Json.object();
        body.set("pagination", pagination);
        ArrayNode results = body.putArray("results");
        results.addAll(page.items());
        return SandboxResponse.json(200, body);
    }

    private static String url(PageLinks links, long offset, int limit) {
        return links.with(Map.of("offset", Long.toString(offset), "limit", Integer.toString(limit)));
    }
}
