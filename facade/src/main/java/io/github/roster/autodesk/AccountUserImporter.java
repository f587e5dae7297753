package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.client.autodesk.model.AccountUserImportFailure;
import io.github.roster.client.autodesk.model.AccountUserImportResult;
import io.github.roster.error.ApiException;
import io.github.roster.error.RosterException;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TransportException;
import io.github.roster.error.Violation;
import io.github.roster.internal.validation.ModelValidator;
import io.github.roster.internal.validation.UniqueEmails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The mechanics of a BIM 360 {@code users/import}: validation of the whole import, chunks of
 * {@value #MAX_USERS_PER_REQUEST}, and one outcome per user matched by e-mail against the answer's
 * {@code success_items} and {@code failure_items} (either failure shape: {@code item.email} or {@code email}).
 * A chunk whose request fails does not stop the next; it is never re-sent.
 */
final class AccountUserImporter {

    /** The most users one {@code users/import} request may carry (the spec's {@code maxItems}). */
    static final int MAX_USERS_PER_REQUEST = 50;

    static final String NOT_IN_ANSWER = "the answer named this user neither among success_items nor failure_items";

    private AccountUserImporter() {
    }

    /** Every violation of an import: the spec's constraints per user and e-mails repeated ignoring case. */
    static List<Violation> validate(ModelValidator validator, List<AccountUserCreate> users) {
        if (users == null || users.isEmpty()) {
            return List.of(new Violation("users", "Size", "an import needs at least one user", null));
        }
        List<Violation> violations = new ArrayList<>();
        List<String> emails = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            String at = "users[" + i + "]";
            AccountUserCreate user = users.get(i);
            emails.add(user == null ? null : user.getEmail());
            if (user == null) {
                violations.add(new Violation(at, "NotNull", "must not be null", null));
                continue;
            }
            violations.addAll(validator.validate(user, at));
        }
        UniqueEmails.checkAll(emails, i -> "users[" + i + "]." + AccountUserCreate.JSON_PROPERTY_EMAIL, violations);
        return violations;
    }

    /** Sends validated users chunk by chunk through {@code send} (one request each) and assembles the outcomes. */
    static AccountImportResult run(List<AccountUserCreate> users,
                                   Function<List<AccountUserCreate>, AccountUserImportResult> send,
                                   Consumer<List<AccountImportItem>> afterEachRequest) {
        List<AccountImportItem> items = new ArrayList<>(users.size());
        for (int from = 0; from < users.size(); from += MAX_USERS_PER_REQUEST) {
            List<AccountUserCreate> chunk = users.subList(from, Math.min(users.size(), from + MAX_USERS_PER_REQUEST));
            List<AccountImportItem> outcomes = chunk(from, chunk, send);
            afterEachRequest.accept(List.copyOf(outcomes));
            items.addAll(outcomes);
        }
        return new AccountImportResult(items);
    }

    /** One request: its users' outcomes; a failed request is reported per user, not thrown. */
    static List<AccountImportItem> chunk(int firstIndex, List<AccountUserCreate> chunk,
                                         Function<List<AccountUserCreate>, AccountUserImportResult> send) {
        try {
            return outcomes(firstIndex, chunk, send.apply(chunk));
        } catch (TransportException e) {
            boolean unknown = e.requestMayHaveBeenProcessed() || e.responseUnreadable();
            return all(firstIndex, chunk, unknown ? AccountImportOutcome.UNKNOWN : AccountImportOutcome.FAILED,
                    e.getMessage());
        } catch (ServerErrorException e) {
            // A 5xx to a POST says nothing about what was stored before it failed.
            return all(firstIndex, chunk, AccountImportOutcome.UNKNOWN, reason(e));
        } catch (ApiException e) {
            return all(firstIndex, chunk, AccountImportOutcome.FAILED, reason(e));
        } catch (RosterException e) {
            return all(firstIndex, chunk, AccountImportOutcome.FAILED, e.getMessage());
        }
    }

    private static String reason(ApiException e) {
        return e.status() + " " + e.vendorMessage().orElse(e.getMessage());
    }

    private static List<AccountImportItem> all(int firstIndex, List<AccountUserCreate> chunk,
                                               AccountImportOutcome outcome, String reason) {
        List<AccountImportItem> items = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            items.add(new AccountImportItem(firstIndex + i, chunk.get(i), outcome, null, reason));
        }
        return items;
    }

    static List<AccountImportItem> outcomes(int firstIndex, List<AccountUserCreate> chunk,
                                            AccountUserImportResult answer) {
        Map<String, AccountUser> created = new HashMap<>();
        Map<String, String> failed = new HashMap<>();
        if (answer != null && answer.getSuccessItems() != null) {
            for (AccountUser u : answer.getSuccessItems()) {
                if (u != null && u.getEmail() != null) {
                    created.putIfAbsent(AccountUserLookup.normalised(u.getEmail()), u);
                }
            }
        }
        if (answer != null && answer.getFailureItems() != null) {
            for (AccountUserImportFailure f : answer.getFailureItems()) {
                String email = failureEmail(f);
                if (email != null) {
                    failed.putIfAbsent(AccountUserLookup.normalised(email), failureReason(f));
                }
            }
        }
        List<AccountImportItem> items = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            AccountUserCreate sent = chunk.get(i);
            String key = AccountUserLookup.normalised(sent.getEmail());
            if (created.containsKey(key)) {
                items.add(new AccountImportItem(firstIndex + i, sent, AccountImportOutcome.CREATED, created.get(key),
                        null));
            } else if (failed.containsKey(key)) {
                items.add(new AccountImportItem(firstIndex + i, sent, AccountImportOutcome.FAILED, null,
                        failed.get(key)));
            } else {
                items.add(new AccountImportItem(firstIndex + i, sent, AccountImportOutcome.UNKNOWN, null,
                        NOT_IN_ANSWER));
            }
        }
        return items;
    }

    private static String failureEmail(AccountUserImportFailure f) {
        if (f == null) {
            return null;
        }
        if (f.getItem() != null && f.getItem().getEmail() != null) {
            return f.getItem().getEmail();
        }
        return f.getEmail();
    }

    private static String failureReason(AccountUserImportFailure f) {
        Object error = f.getAdditionalProperties() == null ? null : f.getAdditionalProperties().get("error");
        return error == null ? "listed among failure_items without a reason" : String.valueOf(error);
    }
}
