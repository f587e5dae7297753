package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * ACC {@code GET /construction/admin/v1/accounts/{accountId}/users/{userId}/projects} ({@code listUserProjects}):
 * the account's projects where the user (by account user id, which is its ACC id, or by Autodesk id) is a
 * member that was not removed, in the order the projects were added, paged by {@link AccPagination}. Filters:
 * {@code filter[id]}, {@code filter[platform]}, {@code filter[status]} (any listed value) and
 * {@code filter[name]} (by {@code filterTextMatch}); {@code sort} and {@code fields} are accepted and ignored.
 * 404 for an unknown account or user.
 */
record ListUserProjectsHandler(SandboxState state) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.ACC_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("accountId");
        String userId = parameters.get("userId");
        if (!state.accountUsers().hasAccount(accountId)) {
            return ERRORS.notFound("The account " + accountId + " does not exist.");
        }
        Optional<JsonNode> user = state.accountUsers().findByIdOrUid(accountId, userId);
        if (user.isEmpty()) {
            return ERRORS.notFound("The user " + userId + " does not exist in the account.");
        }
        QueryParameters query = new QueryParameters(request);
        long offset = query.longValue("offset", 0);
        int limit = query.integer("limit", AccPagination.DEFAULT_LIMIT);
        Page page = state.projectMembers().projectsOf(accountId, user.get().path("id").asText(), filters(query),
                offset, limit);
        return AccPagination.answer(request, page, offset, limit);
    }

    private static Predicate<JsonNode> filters(QueryParameters query) {
        TextMatch match = TextMatch.of(query.text("filterTextMatch").orElse("contains"));
        Predicate<JsonNode> filters = oneOf(query.list("filter[id]"), "id")
                .and(oneOf(query.list("filter[platform]"), "platform"))
                .and(oneOf(query.list("filter[status]"), "status"));
        Optional<String> name = query.text("filter[name]");
        return name.isEmpty() ? filters : filters.and(project -> match.matches(project.path("name").asText(null),
                name.get()));
    }

    private static Predicate<JsonNode> oneOf(List<String> wanted, String field) {
        List<String> lowered = wanted.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
        return project -> lowered.isEmpty()
                || lowered.contains(project.path(field).asText("").toLowerCase(Locale.ROOT));
    }
}
