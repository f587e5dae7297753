package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;

/** BIM 360 {@code PATCH /hq/v1/accounts/{account_id}/users/{user_id}} ({@code updateAccountUser}). */
final class UpdateAccountUserHandler implements OperationHandler {

    private final SandboxState state;
    private final Clock clock;
    private final VendorErrors errors = VendorApi.BIM360_ACCOUNT_ADMIN.errors();

    UpdateAccountUserHandler(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("account_id");
        String userId = parameters.get("user_id");
        if (!state.hasBim360Account(accountId)) {
            return errors.notFound("this account doesn't exist.");
        }
        JsonNode patch = Json.read(request.body());
        return state.changeBim360User(accountId, userId, user -> {
            if (user == null) {
                return errors.notFound("this user doesn't exist in the account.");
            }
            if (patch.has("status") && Bim360UserChanges.statusLocked(user)) {
                return errors.conflict("the status of a user who is " + user.path("status").asText()
                        + " cannot be changed.");
            }
            Bim360UserChanges.apply(user, patch, clock.instant());
            return SandboxResponse.json(200, user.deepCopy());
        });
    }
}
