package io.github.roster.sync.apply;

import io.github.roster.client.procore.model.CompanyUserCreate;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.error.RosterException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.procore.CompanyUserSyncItemResult;
import io.github.roster.procore.CompanyUserSyncResult;
import io.github.roster.procore.CreateCompanyUserOptions;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.UpdateCompanyUserOptions;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.internal.PlanFields;
import io.github.roster.sync.internal.TargetUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Procore company users: creates that carry an {@code origin_id} through Sync Company Users (up to
 * {@value #SYNC_ITEMS} per request; each item's outcome found in the always-200 answer), other creates one by one,
 * updates and deactivations as a PATCH ({@code last_name} and {@code email_address}, which the PATCH requires, from
 * the plan or as just read), reactivations through the documented v1.0 path.
 */
final class ProcoreWrites implements TargetWrites {

    /** The most items one Sync Company Users request carries. */
    static final int SYNC_ITEMS = 1000;

    private static final Pattern ITEM = Pattern.compile("^updates\\[(\\d+)]");

    private final ProcoreDirectoryClient client;
    private final long company;

    ProcoreWrites(ProcoreDirectoryClient client, String company) {
        this.client = client;
        this.company = Long.parseLong(company);
    }

    @Override
    public List<Attempt> send(List<PlannedAction> actions, TargetView now, Consumer<List<PlannedAction>> beforeSending) {
        List<Attempt> attempts = new ArrayList<>();
        List<PlannedAction> synced = new ArrayList<>();
        for (PlannedAction a : actions) {
            switch (a.kind()) {
                case CREATE -> {
                    if (a.newValue(PlanFields.ORIGIN_ID).isPresent()) {
                        synced.add(a);
                    } else {
                        attempts.add(create(a, beforeSending));
                    }
                }
                case UPDATE -> attempts.add(update(a, now, false, beforeSending));
                case DEACTIVATE -> attempts.add(update(a, now, true, beforeSending));
                case REACTIVATE -> attempts.add(reactivate(a, beforeSending));
                default -> attempts.add(Attempt.refused(a, "Procore company users cannot be sent a " + a.kind().key()));
            }
        }
        for (int from = 0; from < synced.size(); from += SYNC_ITEMS) {
            attempts.addAll(sync(synced.subList(from, Math.min(synced.size(), from + SYNC_ITEMS)), beforeSending));
        }
        return attempts;
    }

    private List<Attempt> sync(List<PlannedAction> chunk, Consumer<List<PlannedAction>> beforeSending) {
        List<Attempt> attempts = new ArrayList<>();
        List<PlannedAction> sending = new ArrayList<>(chunk);
        while (!sending.isEmpty()) {
            List<CompanyUserSyncItem> items = sending.stream().map(ProcoreWrites::syncItem).toList();
            CompanyUserSyncResult result;
            try {
                beforeSending.accept(List.copyOf(sending));
                result = client.syncCompanyUsers(company, items);
            } catch (ValidationException invalid) {
                // refuse the items named, send the others
                Map<Integer, List<String>> bad = byItem(invalid.violations());
                if (bad.isEmpty()) {
                    sending.forEach(a -> attempts.add(Attempt.failed(a, invalid)));
                    return attempts;
                }
                List<PlannedAction> rest = new ArrayList<>();
                for (int i = 0; i < sending.size(); i++) {
                    if (bad.containsKey(i)) {
                        attempts.add(Attempt.refused(sending.get(i), "invalid, not sent: " + String.join("; ", bad.get(i))));
                    } else {
                        rest.add(sending.get(i));
                    }
                }
                sending = rest;
                continue;
            } catch (RosterException e) {
                sending.forEach(a -> attempts.add(Attempt.failed(a, e)));
                return attempts;
            }
            for (int i = 0; i < sending.size(); i++) {
                CompanyUserSyncItemResult item = result.items().get(i);
                PlannedAction a = sending.get(i);
                attempts.add(switch (item.outcome()) {
                    case UPDATED, SYNCED -> Attempt.taken(a, null);
                    case FAILED -> Attempt.refused(a, item.reason() != null ? item.reason() : "refused: " + item.errors());
                    default -> Attempt.unknown(a, item.reason() != null ? item.reason() : "Sync Company Users gave no outcome");
                });
            }
            return attempts;
        }
        return attempts;
    }

    private static Map<Integer, List<String>> byItem(List<Violation> violations) {
        Map<Integer, List<String>> bad = new HashMap<>();
        for (Violation v : violations) {
            Matcher m = ITEM.matcher(v.path() == null ? "" : v.path());
            if (m.find()) {
                bad.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(v.describe());
            }
        }
        return bad;
    }

    private static CompanyUserSyncItem syncItem(PlannedAction a) {
        return new CompanyUserSyncItem()
                .originId(a.newValue(PlanFields.ORIGIN_ID).orElseThrow())
                .emailAddress(a.newValue("email_address").orElse(a.email()))
                .firstName(a.newValue(PlanFields.FIRST_NAME).orElse(null))
                .lastName(a.newValue(PlanFields.LAST_NAME).orElse(null))
                .jobTitle(a.newValue(PlanFields.JOB_TITLE).orElse(null));
    }

    private Attempt create(PlannedAction a, Consumer<List<PlannedAction>> beforeSending) {
        CompanyUserCreate user = new CompanyUserCreate()
                .emailAddress(a.newValue("email_address").orElse(a.email()))
                .firstName(a.newValue(PlanFields.FIRST_NAME).orElse(null))
                .lastName(a.newValue(PlanFields.LAST_NAME).orElse(null))
                .jobTitle(a.newValue(PlanFields.JOB_TITLE).orElse(null));
        return Attempt.sendOne(a, beforeSending,
                () -> client.createCompanyUserWithResponse(company, user, CreateCompanyUserOptions.NONE));
    }

    private Attempt update(PlannedAction a, TargetView now, boolean deactivate, Consumer<List<PlannedAction>> beforeSending) {
        TargetUser current = now.byId(a.userId()).orElse(null);
        CompanyUserUpdate update = new CompanyUserUpdate();
        a.change(PlanFields.FIRST_NAME).ifPresent(c -> update.firstName(c.to()));
        a.change(PlanFields.JOB_TITLE).ifPresent(c -> update.jobTitle(c.to()));
        a.change(PlanFields.ORIGIN_ID).ifPresent(c -> update.originId(c.to()));
        update.lastName(a.change(PlanFields.LAST_NAME).map(c -> c.to())
                .orElse(current == null ? null : current.get(PlanFields.LAST_NAME)));
        update.emailAddress(a.change("email_address").map(c -> c.to())
                .orElse(current == null ? null : current.get("email_address")));
        if (deactivate) {
            update.isActive(false);
        }
        return Attempt.sendOne(a, beforeSending, () -> client.updateCompanyUserWithResponse(company,
                Long.parseLong(a.userId()), update, UpdateCompanyUserOptions.NONE));
    }

    private Attempt reactivate(PlannedAction a, Consumer<List<PlannedAction>> beforeSending) {
        return Attempt.sendOne(a, beforeSending,
                () -> client.reactivateCompanyUserWithResponse(company, Long.parseLong(a.userId())));
    }
}
