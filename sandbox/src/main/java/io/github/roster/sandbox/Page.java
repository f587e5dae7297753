package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a filtered list: copies of the items in the window and how many items matched in all.
 *
 * @param items copies of the items of the page, in list order
 * @param total how many items matched, over every page
 */
record Page(List<JsonNode> items, int total) {

    Page {
        items = List.copyOf(items);
    }
}
