package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * BIM 360 {@code GET /hq/v1/accounts/{account_id}/users} ({@code listAccountUsers}): one page of the account's
 * users in creation order, a bare array with no total and no link ({@code limit} default 10, {@code offset}
 * default 0). {@code sort} and {@code field} are accepted and ignored: the order is always creation order and
 * every field is answered.
 */
record ListAccountUsersHandler(SandboxState state) implements OperationHandler {

    static final int DEFAULT_LIMIT = 10;
    private static final VendorErrors ERRORS = VendorApi.BIM360_ACCOUNT_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("account_id");
        if (!state.accountUsers().hasAccount(accountId)) {
            return ERRORS.notFound("this account doesn't exist.");
        }
        QueryParameters query = new QueryParameters(request);
        ArrayNode page = Json.array();
        page.addAll(state.accountUsers().page(accountId, query.longValue("offset", 0),
                query.integer("limit", DEFAULT_LIMIT)));
        return SandboxResponse.json(200, page);
    }
}
