package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Procore's paging: {@code page} from 1 and {@code per_page} (default 100, any positive value), answered as a
 * bare array with the headers {@code Total}, {@code Per-Page} and {@code Link} (RFC 8288: {@code first} and
 * {@code last} always, {@code prev} after the first page, {@code next} only when there is a next page), each
 * an absolute URL on the host the caller addressed.
 */
record ProcorePaging(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 100;

    static ProcorePaging of(QueryParameters query) {
        return new ProcorePaging(query.integer("page", 1), query.integer("per_page", DEFAULT_PER_PAGE));
    }

    long offset() {
        return (long) (page - 1) * perPage;
    }

    /** The 200 answer for a page of users, each shown through {@code view}. */
    SandboxResponse answer(SandboxRequest request, Page users, Function<JsonNode, JsonNode> view) {
        ArrayNode body = Json.array();
        users.items().forEach(user -> body.add(view.apply(user)));
        int last = Math.max(1, (int) ((users.total() + (long) perPage - 1) / perPage));
        PageLinks links = new PageLinks(request);
        List<String> link = new ArrayList<>();
        link.add(link(links, 1, "first"));
        if (page > 1) {
            link.add(link(links, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            link.add(link(links, page + 1, "next"));
        }
        link.add(link(links, last, "last"));
        return SandboxResponse.json(200, body)
                .withHeader("Total", Integer.toString(users.total()))
                .withHeader("Per-Page", Integer.toString(perPage))
                .withHeader("Link", String.join(", ", link));
    }

    private String link(PageLinks links, int target, String rel) {
        String url = links.with(Map.of("page", Integer.toString(target), "per_page", Integer.toString(perPage)));
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
