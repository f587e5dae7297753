package io.github.roster.procore;

import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserSyncError;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.client.procore.model.CompanyUsersSync;
import io.github.roster.client.procore.model.CompanyUsersSyncResult;
import io.github.roster.error.ApiException;
import io.github.roster.error.RosterException;
import io.github.roster.error.TransportException;
import io.github.roster.error.Violation;
import io.github.roster.internal.validation.ModelValidator;
import io.github.roster.internal.validation.ProcoreUserRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sync Company Users for any number of items: validated all at once, sent in chunks of at most 1,000 in
 * input order, each item's outcome found in the answer by its {@code origin_id} (else its {@code id}), since
 * Procore answers 200 with {@code entities} and {@code errors} and no item index. A chunk is never sent again
 * after it may have been processed: its items are then {@link CompanyUserSyncOutcome#UNKNOWN UNKNOWN}.
 */
final class CompanyUserSyncBatches {

    /** The most items Procore takes per request. */
    static final int MAX_ITEMS = 1000;
    private static final String UPDATES = CompanyUsersSync.JSON_PROPERTY_UPDATES;

    private final ProcoreCalls calls;
    private final ModelValidator validator;

    CompanyUserSyncBatches(ProcoreCalls calls, ModelValidator validator) {
        this.calls = calls;
        this.validator = validator;
    }

    /** Every violation of every item, each path naming the item by its index: {@code updates[3].email_address}. */
    List<Violation> validate(List<CompanyUserSyncItem> items) {
        List<Violation> violations = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            violations.add(new Violation(UPDATES, "NotEmpty", "at least one item is required", null));
            return violations;
        }
        Map<String, Integer> origins = new HashMap<>();
        Map<Long, Integer> ids = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = UPDATES + "[" + i + "]";
            CompanyUserSyncItem item = items.get(i);
            if (item == null) {
                violations.add(new Violation(path, "NotNull", "the item is required", null));
                continue;
            }
            violations.addAll(validator.validate(item, path));
            ProcoreUserRules.check(path, item.getCountryCode(), item.getStateCode(), violations);
            if (item.getId() == null && (item.getOriginId() == null || item.getOriginId().isBlank())) {
                violations.add(new Violation(path, "id-or-origin-id",
                        "needs id or origin_id: Procore's answer names items only by them", null));
            }
            if (item.getOriginId() != null && !item.getOriginId().isBlank()) {
                Integer before = origins.putIfAbsent(item.getOriginId(), i);
                if (before != null) {
                    violations.add(new Violation(path + "." + CompanyUserSyncItem.JSON_PROPERTY_ORIGIN_ID, "Unique",
                            "repeats " + UPDATES + "[" + before + "]", item.getOriginId()));
                }
            }
            if (item.getId() != null) {
                Integer before = ids.putIfAbsent(item.getId(), i);
                if (before != null) {
                    violations.add(new Violation(path + "." + CompanyUserSyncItem.JSON_PROPERTY_ID, "Unique",
                            "repeats " + UPDATES + "[" + before + "]", item.getId()));
                }
            }
        }
        return violations;
    }

    /** Sends valid items chunk by chunk; one chunk's failure does not stop the others. */
    CompanyUserSyncResult send(long companyId, List<CompanyUserSyncItem> items) {
        List<CompanyUserSyncItemResult> results = new ArrayList<>(items.size());
        for (int from = 0; from < items.size(); from += MAX_ITEMS) {
            List<CompanyUserSyncItem> chunk = items.subList(from, Math.min(items.size(), from + MAX_ITEMS));
            results.addAll(sendChunk(companyId, chunk));
        }
        return new CompanyUserSyncResult(results);
    }

    private List<CompanyUserSyncItemResult> sendChunk(long companyId, List<CompanyUserSyncItem> chunk) {
        CompanyUsersSyncResult answer;
        try {
            answer = calls.sync(companyId, new CompanyUsersSync().updates(new ArrayList<>(chunk))).value();
        } catch (RosterException e) {
            CompanyUserSyncOutcome outcome = mayHaveBeenProcessed(e)
                    ? CompanyUserSyncOutcome.UNKNOWN : CompanyUserSyncOutcome.FAILED;
            String reason = (outcome == CompanyUserSyncOutcome.UNKNOWN
                    ? "the request failed after it may have been processed; read the user before sending it again: "
                    : "the request was refused or not sent: ") + e.getMessage();
            return chunk.stream().map(item -> new CompanyUserSyncItemResult(item, outcome, null, null, reason))
                    .toList();
        }
        return correlate(chunk, answer == null ? new CompanyUsersSyncResult() : answer);
    }

    /** A 5xx or a transport failure after sending may hide a processed chunk; a 4xx or an unsent request does not. */
    private static boolean mayHaveBeenProcessed(RosterException e) {
        if (e instanceof TransportException t) {
            return t.requestMayHaveBeenProcessed();
        }
        return !(e instanceof ApiException api) || api.status() >= 500;
    }

    private static List<CompanyUserSyncItemResult> correlate(List<CompanyUserSyncItem> chunk,
                                                             CompanyUsersSyncResult answer) {
        List<CompanyUser> entities = answer.getEntities() == null ? List.of() : answer.getEntities();
        List<CompanyUserSyncError> errors = answer.getErrors() == null ? List.of() : answer.getErrors();
        Map<String, CompanyUser> entityByOrigin = index(entities, CompanyUser::getOriginId);
        Map<Long, CompanyUser> entityById = index(entities, CompanyUser::getId);
        Map<String, CompanyUserSyncError> errorByOrigin = index(errors, CompanyUserSyncError::getOriginId);
        Map<Long, CompanyUserSyncError> errorById = index(errors, CompanyUserSyncError::getId);
        List<CompanyUserSyncItemResult> results = new ArrayList<>(chunk.size());
        for (CompanyUserSyncItem item : chunk) {
            String origin = item.getOriginId();
            Long id = item.getId();
            CompanyUser entity = origin != null ? entityByOrigin.get(origin) : null;
            if (entity == null && id != null) {
                entity = entityById.get(id);
            }
            CompanyUserSyncError error = origin != null ? errorByOrigin.get(origin) : null;
            if (error == null && id != null) {
                error = errorById.get(id);
            }
            if (error != null) {
                Map<String, List<String>> fields = error.getErrors() == null ? Map.of() : error.getErrors();
                results.add(new CompanyUserSyncItemResult(item, CompanyUserSyncOutcome.FAILED, null, fields,
                        describe(fields)));
            } else if (entity != null) {
                CompanyUserSyncOutcome outcome = id != null ? CompanyUserSyncOutcome.UPDATED : CompanyUserSyncOutcome.SYNCED;
                results.add(new CompanyUserSyncItemResult(item, outcome, entity, null, null));
            } else {
                results.add(new CompanyUserSyncItemResult(item, CompanyUserSyncOutcome.UNKNOWN, null, null,
                        "the answer names it neither among entities nor among errors; read the user to know"));
            }
        }
        return results;
    }

    /** The first item for each key; items without a key are left out. */
    private static <T, K> Map<K, T> index(List<T> items, Function<T, K> key) {
        Map<K, T> byKey = new HashMap<>();
        for (T item : items) {
            K k = key.apply(item);
            if (k != null) {
                byKey.putIfAbsent(k, item);
            }
        }
        return byKey;
    }

    private static String describe(Map<String, List<String>> fields) {
        if (fields.isEmpty()) {
            return "Procore listed the item among its errors without a reason";
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(", ", e.getValue() == null ? List.of() : e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
