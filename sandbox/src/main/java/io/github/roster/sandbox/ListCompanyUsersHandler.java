package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Procore {@code GET /rest/v1.3/companies/{company_id}/users} ({@code listCompanyUsers}): one page of the
 * company's ACTIVE users that pass {@link CompanyUserSearch}, in creation order, paged by
 * {@link ProcorePaging}; without filters a page costs its own users, not a pass over the company. {@code view} and {@code sort} are accepted and ignored (every field, creation order);
 * an unreadable time-range filter is 400 naming it.
 */
record ListCompanyUsersHandler(SandboxState state) implements OperationHandler {

    private static final ProcoreErrors ERRORS = new ProcoreErrors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        long companyId = Long.parseLong(parameters.get("company_id"));
        if (!state.companyUsers().hasCompany(companyId)) {
            return ERRORS.notFound("Company " + companyId + " not found.");
        }
        QueryParameters query = new QueryParameters(request);
        Map<String, List<String>> invalid = CompanyUserSearch.invalidTimeRanges(query);
        if (!invalid.isEmpty()) {
            return ERRORS.invalidForm(invalid);
        }
        ProcorePaging paging = ProcorePaging.of(query);
        Optional<Predicate<JsonNode>> search = CompanyUserSearch.of(query);
        Page page = search.isEmpty()
                ? state.companyUsers().activePage(companyId, paging.offset(), paging.perPage())
                : state.companyUsers().page(companyId,
                        search.get().and(user -> user.path("is_active").asBoolean(false)),
                        paging.offset(), paging.perPage());
        return paging.answer(request, page, Function.identity());
    }
}
