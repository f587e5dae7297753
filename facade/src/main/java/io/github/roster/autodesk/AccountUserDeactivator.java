package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatus;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import java.util.List;
import java.util.Locale;

/**
 * The mechanics of a safe BIM 360 deactivation: read the user, decide from its status, and only then send a PATCH
 * whose body is {@code {"status":"inactive"}} and nothing else.
 */
final class AccountUserDeactivator {

    static final String USE_PROJECT_REMOVAL = "Autodesk refuses status changes for %s users: remove the user from"
            + " the account's projects instead (ACC listUserProjects, then removeProjectUser for each project).";

    private final AutodeskAccountAdminClient client;

    AccountUserDeactivator(AutodeskAccountAdminClient client) {
        this.client = client;
    }

    AccountUserDeactivation byId(String accountId, String userId) {
        return decide(accountId, client.getAccountUser(accountId, userId));
    }

    AccountUserDeactivation byEmail(String accountId, String email) {
        List<AccountUser> matches = client.findAccountUsersByEmail(accountId, email);
        if (matches.isEmpty()) {
            return new AccountUserDeactivation(AccountUserDeactivation.Kind.NOT_FOUND, null, List.of(),
                    "no user of the account has this e-mail (exact, case-insensitive match); nothing was sent");
        }
        if (matches.size() > 1) {
            List<String> ids = matches.stream().map(u -> String.valueOf(u.getId())).toList();
            return new AccountUserDeactivation(AccountUserDeactivation.Kind.AMBIGUOUS, null, ids,
                    matches.size() + " users have this e-mail (" + String.join(", ", ids)
                            + "); nothing was sent: deactivate one by id");
        }
        return decide(accountId, matches.get(0));
    }

    private AccountUserDeactivation decide(String accountId, AccountUser user) {
        String status = user.getStatus() == null ? "" : user.getStatus().toLowerCase(Locale.ROOT);
        if (status.equals(UserStatus.INACTIVE.getValue())) {
            return new AccountUserDeactivation(AccountUserDeactivation.Kind.ALREADY_INACTIVE, user, List.of(),
                    "the user is inactive already; nothing was sent");
        }
        if (status.equals(UserStatus.PENDING.getValue()) || status.equals(UserStatus.NOT_INVITED.getValue())) {
            return new AccountUserDeactivation(AccountUserDeactivation.Kind.NOT_DEACTIVATABLE, user, List.of(),
                    String.format(Locale.ROOT, USE_PROJECT_REMOVAL, status) + " Nothing was sent.");
        }
        AccountUser after = client.updateAccountUser(accountId, String.valueOf(user.getId()),
                new AccountUserPatch().status(UserStatusUpdate.INACTIVE));
        return new AccountUserDeactivation(AccountUserDeactivation.Kind.DEACTIVATED, after, List.of(),
                "the user was deactivated");
    }
}
