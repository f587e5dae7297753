package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;

/** BIM 360 {@code PATCH /hq/v1/accounts/{account_id}/users/{user_id}} ({@code updateAccountUser}). */
record UpdateAccountUserHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.BIM360_ACCOUNT_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("account_id");
        String userId = parameters.get("user_id");
        if (!state.accountUsers().hasAccount(accountId)) {
            return ERRORS.notFound("this account doesn't exist.");
        }
        JsonNode patch = Json.read(request.body());
        return state.accountUsers().change(accountId, userId, user -> {
            if (user == null) {
                return ERRORS.notFound("this user doesn't exist in the account.");
            }
            if (patch.has("status") && Bim360UserChanges.statusLocked(user)) {
                return ERRORS.conflict("the status of a user who is " + user.path("status").asText()
                        + " cannot be changed.");
            }
            Bim360UserChanges.apply(user, patch, clock.instant());
            return SandboxResponse.json(200, user.deepCopy());
        });
    }
}
