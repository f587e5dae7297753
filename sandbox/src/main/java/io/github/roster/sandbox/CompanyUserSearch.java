package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filters of Procore's company-user list: {@code filters[search]} is broad and fuzzy, a case-insensitive
 * part of the first name, last name, e-mail address or job title; {@code filters[origin_id]} is exact;
 * {@code filters[vendor_id]} needs one of the listed vendors; {@code filters[created_at]} and
 * {@code filters[updated_at]} need the time inside their {@link TimeRange}.
 */
final class CompanyUserSearch {

    private static final List<String> SEARCHED = List.of("first_name", "last_name", "email_address", "job_title");

    private CompanyUserSearch() {
    }

    /** The time-range filters, each on the user field of the same name. */
    static final List<String> TIME_RANGES = List.of("created_at", "updated_at");

    /**
     * The filters of a request whose time ranges {@link #invalidTimeRanges} found readable; empty when the
     * request filters nothing.
     */
    static Optional<Predicate<JsonNode>> of(QueryParameters query) {
        Predicate<JsonNode> none = user -> true;
        Predicate<JsonNode> filter = none;
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
        for (String field : TIME_RANGES) {
            Optional<TimeRange> range = query.text("filters[" + field + "]").flatMap(TimeRange::parse);
            if (range.isPresent()) {
                filter = filter.and(user -> range.get().contains(user.path(field).textValue()));
            }
        }
        return filter == none ? Optional.empty() : Optional.of(filter);
    }

    /** The names of the sent time-range filters that are not {@code START...END}, with their errors. */
    static Map<String, List<String>> invalidTimeRanges(QueryParameters query) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String field : TIME_RANGES) {
            String name = "filters[" + field + "]";
            query.text(name).filter(text -> TimeRange.parse(text).isEmpty()).ifPresent(text -> errors.put(name,
                    List.of("must be START...END with dates (YYYY-MM-DD) or ISO 8601 times, was " + text)));
        }
        return errors;
    }
}
