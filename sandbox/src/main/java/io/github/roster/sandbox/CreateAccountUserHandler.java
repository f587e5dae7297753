package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Optional;

/**
 * BIM 360 {@code POST /hq/v1/accounts/{account_id}/users} ({@code createAccountUser}): 201 with the new
 * {@code not_invited} {@link NewAccountUser}; 409 when the account already has the e-mail (ignoring case).
 */
record CreateAccountUserHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.BIM360_ACCOUNT_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("account_id");
        AccountUsers users = state.accountUsers();
        if (!users.hasAccount(accountId)) {
            return ERRORS.notFound("this account doesn't exist.");
        }
        JsonNode sent = Json.read(request.body());
        Optional<JsonNode> created = users.addUnlessEmailTaken(accountId, NewAccountUser.from(accountId, sent,
                "not_invited", users.companyName(accountId, sent.path("company_id").asText("")), clock.instant()));
        return created.map(user -> SandboxResponse.json(201, user)).orElseGet(() -> ERRORS.conflict(
                "the email " + sent.path("email").asText() + " is already in use in the account."));
    }
}
