package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * BIM 360 {@code GET /hq/v1/accounts/{account_id}/users/search} ({@code searchAccountUsers}): one page of the
 * users matching {@link AccountUserSearch} (fuzzy and OR by default), in creation order, as a bare array;
 * paged like {@link ListAccountUsersHandler}.
 */
record SearchAccountUsersHandler(SandboxState state) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.BIM360_ACCOUNT_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("account_id");
        if (!state.accountUsers().hasAccount(accountId)) {
            return ERRORS.notFound("this account doesn't exist.");
        }
        QueryParameters query = new QueryParameters(request);
        Page page = state.accountUsers().page(accountId, new AccountUserSearch(query),
                query.longValue("offset", 0), query.integer("limit", ListAccountUsersHandler.DEFAULT_LIMIT));
        ArrayNode body = Json.array();
        body.addAll(page.items());
        return SandboxResponse.json(200, body);
    }
}
