package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filters of ACC {@code GET projects/{projectId}/users}: text filters ({@code filter[name]},
 * {@code filter[email]}, {@code filter[companyName]}) compare by {@code filterTextMatch} (default
 * {@code contains}, ignoring case); list filters ({@code filter[id]}, {@code filter[autodeskId]},
 * {@code filter[roleIds]}, {@code filter[products]}, {@code filter[accessLevels]}) need any listed value;
 * {@code filter[companyId]} and {@code filter[roleId]} are exact. {@code filter[status]} defaults to
 * {@code active} and {@code pending}, so removed ({@code deleted}) members appear only when asked for. All
 * filters must hold, except those named in {@code orFilters}, of which one must.
 */
final class ProjectUserFilters implements Predicate<JsonNode> {

    private static final Set<String> DEFAULT_STATUSES = Set.of("active", "pending");

    private final List<Predicate<JsonNode>> all = new ArrayList<>();
    private final List<Predicate<JsonNode>> any = new ArrayList<>();

    ProjectUserFilters(QueryParameters query) {
        TextMatch match = TextMatch.of(query.text("filterTextMatch").orElse("contains"));
        Set<String> ored = Set.copyOf(query.list("orFilters"));
        List<String> statuses = query.list("filter[status]");
        Set<String> wantedStatuses = statuses.isEmpty() ? DEFAULT_STATUSES : Set.copyOf(statuses);
        add(ored, "status", member -> wantedStatuses.contains(member.path("status").asText()));
        query.text("filter[name]").ifPresent(name -> add(ored, "name",
                member -> match.matches(member.path("name").asText(null), name)));
        query.text("filter[email]").ifPresent(email -> add(ored, "email",
                member -> match.matches(member.path("email").asText(null), email)));
        query.text("filter[companyName]").ifPresent(company -> add(ored, "companyName",
                member -> match.matches(member.path("companyName").asText(null), company)));
        query.text("filter[companyId]").ifPresent(company -> add(ored, "companyId",
                member -> company.equalsIgnoreCase(member.path("companyId").asText(""))));
        query.text("filter[roleId]").ifPresent(role -> add(ored, "roleId",
                member -> texts(member.path("roleIds")).contains(lower(role))));
        anyOf(ored, "id", query.list("filter[id]"), member -> Set.of(lower(member.path("id").asText())));
        anyOf(ored, "autodeskId", query.list("filter[autodeskId]"),
                member -> Set.of(lower(member.path("autodeskId").asText())));
        anyOf(ored, "roleIds", query.list("filter[roleIds]"), member -> texts(member.path("roleIds")));
        anyOf(ored, "products", query.list("filter[products]"), ProjectUserFilters::productsWithAccess);
        anyOf(ored, "accessLevels", query.list("filter[accessLevels]"), ProjectUserFilters::accessLevels);
    }

    @Override
    public boolean test(JsonNode member) {
        return all.stream().allMatch(filter -> filter.test(member))
                && (any.isEmpty() || any.stream().anyMatch(filter -> filter.test(member)));
    }

    private void add(Set<String> ored, String name, Predicate<JsonNode> filter) {
        (ored.contains(name) ? any : all).add(filter);
    }

    private void anyOf(Set<String> ored, String name, List<String> wanted,
            Function<JsonNode, Set<String>> values) {
        if (!wanted.isEmpty()) {
            Set<String> lowered = wanted.stream().map(ProjectUserFilters::lower).collect(Collectors.toSet());
            add(ored, name, member -> values.apply(member).stream().anyMatch(lowered::contains));
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(lower(value.asText())));
        return values;
    }

    private static Set<String> productsWithAccess(JsonNode member) {
        Set<String> keys = new HashSet<>();
        member.path("products").forEach(product -> {
            if (!"none".equals(product.path("access").asText())) {
                keys.add(lower(product.path("key").asText()));
            }
        });
        return keys;
    }

    private static Set<String> accessLevels(JsonNode member) {
        Set<String> levels = new HashSet<>();
        member.path("accessLevels").properties().forEach(level -> {
            if (level.getValue().asBoolean(false)) {
                levels.add(lower(level.getKey()));
            }
        });
        return levels;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
