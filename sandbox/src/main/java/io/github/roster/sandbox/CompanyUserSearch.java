package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filters of Procore's company-user list: {@code filters[search]} is broad and fuzzy, a case-insensitive
 * part of the first name, last name, e-mail address or job title; {@code filters[origin_id]} is exact;
 * {@code filters[vendor_id]} needs one of the listed vendors.
 */
final class CompanyUserSearch {

    private static final List<String> SEARCHED = List.of("first_name", "last_name", "email_address", "job_title");

    private CompanyUserSearch() {
    }

    static Predicate<JsonNode> of(QueryParameters query) {
        Predicate<JsonNode> filter = user -> true;
        if (query.text("filters[search]").isPresent()) {
            String wanted = query.text("filters[search]").get();
            filter = filter.and(user -> SEARCHED.stream()
                    .anyMatch(field -> TextMatch.CONTAINS.matches(user.path(field).textValue(), wanted)));
        }
        if (query.text("filters[origin_id]").isPresent()) {
            String originId = query.text("filters[origin_id]").get();
            filter = filter.and(user -> originId.equals(user.path("origin_id").textValue()));
        }
        Set<Long> vendors = query.list("filters[vendor_id]").stream().map(Long::parseLong).collect(Collectors.toSet());
        if (!vendors.isEmpty()) {
            filter = filter.and(user -> user.path("vendor").path("id").canConvertToLong()
                    && vendors.contains(user.path("vendor").path("id").asLong()));
        }
        return filter;
    }
}
