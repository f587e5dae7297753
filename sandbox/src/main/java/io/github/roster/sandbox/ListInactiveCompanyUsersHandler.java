package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Procore {@code GET /rest/v1.0/companies/{company_id}/users/inactive} ({@code listInactiveCompanyUsers}): one
 * page of the company's inactive users in creation order, paged by {@link ProcorePaging}, each with
 * {@code links.reactivate} naming its reactivation path. {@code sort} is accepted and ignored.
 */
record ListInactiveCompanyUsersHandler(SandboxState state) implements OperationHandler {

    private static final ProcoreErrors ERRORS = new ProcoreErrors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        long companyId = Long.parseLong(parameters.get("company_id"));
        if (!state.companyUsers().hasCompany(companyId)) {
            return ERRORS.notFound("Company " + companyId + " not found.");
        }
        ProcorePaging paging = ProcorePaging.of(new QueryParameters(request));
        Page page = state.companyUsers().page(companyId, user -> !user.path("is_active").asBoolean(true),
                paging.offset(), paging.perPage());
        return paging.answer(request, page, user -> withReactivateLink(companyId, user));
    }

    private static JsonNode withReactivateLink(long companyId, JsonNode user) {
        ObjectNode shown = (ObjectNode) user;
        shown.putObject("links").put("reactivate",
                "/rest/v1.0/companies/" + companyId + "/users/inactive/" + user.path("id").asLong());
        return shown;
    }
}
