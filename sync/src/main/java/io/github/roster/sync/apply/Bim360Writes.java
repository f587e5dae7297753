package io.github.roster.sync.apply;

import io.github.roster.autodesk.AccountImportItem;
import io.github.roster.autodesk.AccountImportResult;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.RosterException;
import io.github.roster.error.Violation;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.internal.PlanFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * BIM 360 account users: creates through {@code users/import} (up to
 * {@value AutodeskAccountAdminClient#MAX_USERS_PER_ACCOUNT_IMPORT_REQUEST} per request; each user's outcome read
 * from the answer), deactivations and reactivations as a PATCH of {@code status} alone.
 */
final class Bim360Writes implements TargetWrites {

    private final AutodeskAccountAdminClient client;
    private final String account;

    Bim360Writes(AutodeskAccountAdminClient client, String account) {
        this.client = client;
        this.account = account;
    }

    @Override
    public List<Attempt> send(List<PlannedAction> actions, TargetView now, Consumer<List<PlannedAction>> beforeSending) {
        List<Attempt> attempts = new ArrayList<>();
        List<PlannedAction> creates = new ArrayList<>();
        for (PlannedAction a : actions) {
            switch (a.kind()) {
                case CREATE -> creates.add(a);
                case DEACTIVATE, REACTIVATE -> attempts.add(status(a, beforeSending));
                default -> attempts.add(Attempt.refused(a, "BIM 360 account users cannot be sent a " + a.kind().key()
                        + ": the account user PATCH writes only status, company_id and default_role"));
            }
        }
        attempts.addAll(create(creates, beforeSending));
        return attempts;
    }

    private Attempt status(PlannedAction a, Consumer<List<PlannedAction>> beforeSending) {
        UserStatusUpdate status = a.kind() == ActionKind.DEACTIVATE ? UserStatusUpdate.INACTIVE : UserStatusUpdate.ACTIVE;
        return Attempt.sendOne(a, beforeSending, () -> client.updateAccountUserWithResponse(account, a.userId(),
                new AccountUserPatch().status(status)));
    }

    private List<Attempt> create(List<PlannedAction> creates, Consumer<List<PlannedAction>> beforeSending) {
        List<Attempt> attempts = new ArrayList<>();
        List<PlannedAction> valid = new ArrayList<>();
        List<AccountUserCreate> users = new ArrayList<>();
        for (PlannedAction a : creates) {
            AccountUserCreate user = new AccountUserCreate()
                    .email(a.newValue(PlanFields.EMAIL).orElse(a.email()))
                    .firstName(a.newValue(PlanFields.FIRST_NAME).orElse(null))
                    .lastName(a.newValue(PlanFields.LAST_NAME).orElse(null))
                    .jobTitle(a.newValue(PlanFields.JOB_TITLE).orElse(null));
            List<Violation> violations = client.validateAccountUsers(List.of(user));
            if (violations.isEmpty()) {
                valid.add(a);
                users.add(user);
            } else {
                attempts.add(Attempt.refused(a, "invalid, not sent: "
                        + violations.stream().map(Violation::describe).collect(Collectors.joining("; "))));
            }
        }
        int size = AutodeskAccountAdminClient.MAX_USERS_PER_ACCOUNT_IMPORT_REQUEST;
        for (int from = 0; from < valid.size(); from += size) {
            int to = Math.min(valid.size(), from + size);
            List<PlannedAction> chunk = valid.subList(from, to);
            beforeSending.accept(chunk);
            try {
                AccountImportResult result = client.importAccountUsers(account, users.subList(from, to));
                for (AccountImportItem item : result.items()) {
                    PlannedAction a = chunk.get(item.index());
                    attempts.add(switch (item.outcome()) {
                        case CREATED -> Attempt.taken(a, null);
                        case FAILED -> Attempt.refused(a, item.failureReason().orElse("refused by users/import"));
                        default -> Attempt.unknown(a, item.failureReason().orElse("users/import gave no outcome"));
                    });
                }
            } catch (RosterException e) {
                chunk.forEach(a -> attempts.add(Attempt.failed(a, e)));
            }
        }
        return attempts;
    }
}
