package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BIM 360 {@code POST /hq/v1/accounts/{account_id}/users/import} ({@code importAccountUsers}): creates each
 * user as {@link CreateAccountUserHandler} does and answers 201 whatever happened, with {@code success},
 * {@code failure}, {@code success_items} (the users created) and {@code failure_items} in the
 * {@code {item: <sent>, error: "..."}} shape of Autodesk's own sample. A user fails when its e-mail is
 * already in the account or earlier in the same request. Only an unknown account fails the whole call.
 */
record ImportAccountUsersHandler(SandboxState state, Clock clock) implements OperationHandler {

    static final String EMAIL_IN_USE = "The email address is already in use.";
    static final String EMAIL_REPEATED = "The email address appears more than once in the request.";
    private static final VendorErrors ERRORS = VendorApi.BIM360_ACCOUNT_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String accountId = parameters.get("account_id");
        AccountUsers users = state.accountUsers();
        if (!users.hasAccount(accountId)) {
            return ERRORS.notFound("this account doesn't exist.");
        }
        Instant now = clock.instant();
        ArrayNode created = Json.array();
        ArrayNode failed = Json.array();
        Set<String> seen = new HashSet<>();
        for (JsonNode sent : Json.read(request.body())) {
            String email = sent.path("email").asText();
            if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                failed.add(failure(sent, EMAIL_REPEATED));
                continue;
            }
            Optional<JsonNode> user = users.addUnlessEmailTaken(accountId, NewAccountUser.from(accountId, sent,
                    "not_invited", users.companyName(accountId, sent.path("company_id").asText("")), now));
            if (user.isPresent()) {
                created.add(user.get());
            } else {
                failed.add(failure(sent, EMAIL_IN_USE));
            }
        }
        ObjectNode body = Json.object();
        body.put("success", created.size());
        body.put("failure", failed.size());
        body.set("success_items", created);
        body.set("failure_items", failed);
        return SandboxResponse.json(201, body);
    }

    private static ObjectNode failure(JsonNode sent, String error) {
        ObjectNode item = Json.object();
        item.set("item", sent.deepCopy());
        item.put("error", error);
        return item;
    }
}
