package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** BIM 360 {@code GET /hq/v1/accounts/{account_id}/users/{user_id}} ({@code getAccountUser}). */
record GetAccountUserHandler(SandboxState state) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.BIM360_ACCOUNT_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("account_id");
        if (!state.accountUsers().hasAccount(accountId)) {
            return ERRORS.notFound("this account doesn't exist.");
        }
        JsonNode user = state.bim360User(accountId, parameters.get("user_id"));
        return user.isMissingNode()
                ? ERRORS.notFound("this user doesn't exist in the account.")
                : SandboxResponse.json(200, user);
    }
}
