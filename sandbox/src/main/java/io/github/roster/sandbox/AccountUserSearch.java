package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The criteria of BIM 360 {@code users/search}, as Autodesk documents its defaults: {@code partial=true}
 * matches a case-insensitive part of the value (so {@code john@x.com} also finds {@code bigjohn@x.com}),
 * {@code partial=false} the whole value ignoring case; {@code operator=OR} (the default) needs any criterion,
 * {@code AND} all of them. No criterion matches every user.
 */
final class AccountUserSearch implements Predicate<JsonNode> {

    private static final List<String> CRITERIA = List.of("name", "email", "company_name");

    private final List<Predicate<JsonNode>> criteria = new ArrayList<>();
    private final boolean all;

    AccountUserSearch(QueryParameters query) {
        TextMatch match = query.bool("partial", true) ? TextMatch.CONTAINS : TextMatch.EQUALS;
        for (String field : CRITERIA) {
            query.text(field).ifPresent(wanted -> criteria.add(
                    user -> match.matches(user.path(field).isTextual() ? user.path(field).asText() : null, wanted)));
        }
        this.all = query.text("operator").orElse("OR").equals("AND");
    }

    @Override
    public boolean test(JsonNode user) {
        if (criteria.isEmpty()) {
            return true;
        }
        return all ? criteria.stream().allMatch(c -> c.test(user)) : criteria.stream().anyMatch(c -> c.test(user));
    }
}
