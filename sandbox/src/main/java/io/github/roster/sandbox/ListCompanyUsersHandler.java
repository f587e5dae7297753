package io.github.roster.sandbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Procore {@code GET /rest/v1.3/companies/{company_id}/users} ({@code listCompanyUsers}): one page of the
 * company's ACTIVE users that pass {@link CompanyUserSearch}, in creation order, paged by
 * {@link ProcorePaging}. {@code view} and {@code sort} are accepted and ignored (every field, creation order);
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
        Page page = state.companyUsers().page(companyId,
                CompanyUserSearch.of(query).and(user -> user.path("is_active").asBoolean(false)),
                paging.offset(), paging.perPage());
        return paging.answer(request, page, Function.identity());
    }
}
