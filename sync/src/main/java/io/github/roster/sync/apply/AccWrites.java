package io.github.roster.sync.apply;

import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.autodesk.AccUserImport;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProductAccess;
import io.github.roster.client.autodesk.model.ProductAccessLevel;
import io.github.roster.client.autodesk.model.ProductKey;
import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.client.autodesk.model.ProjectUserUpdate;
import io.github.roster.error.Violation;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.internal.PlanFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * ACC project members: additions through {@code users:import} (up to
 * {@value AutodeskAccountAdminClient#MAX_USERS_PER_IMPORT_REQUEST} per request; Autodesk answers 202 and
 * processes later, so they are verified by polling the project's users), changes of products, company and roles
 * as a PATCH of the changed fields, removals.
 */
final class AccWrites implements TargetWrites {

    private final AutodeskAccountAdminClient client;
    private final String project;

    AccWrites(AutodeskAccountAdminClient client, String project) {
        this.client = client;
        this.project = project;
    }

    @Override
    public List<Attempt> send(List<PlannedAction> actions, TargetView now, Consumer<List<PlannedAction>> beforeSending) {
        List<Attempt> attempts = new ArrayList<>();
        List<PlannedAction> additions = new ArrayList<>();
        for (PlannedAction a : actions) {
            switch (a.kind()) {
                case ADD_TO_PROJECT -> additions.add(a);
                case UPDATE_PROJECT_MEMBER -> attempts.add(update(a, beforeSending));
                case REMOVE_FROM_PROJECT -> attempts.add(remove(a, beforeSending));
                default -> attempts.add(Attempt.refused(a, "ACC project members cannot be sent a " + a.kind().key()));
            }
        }
        attempts.addAll(add(additions, beforeSending));
        return attempts;
    }

    private List<Attempt> add(List<PlannedAction> additions, Consumer<List<PlannedAction>> beforeSending) {
        List<Attempt> attempts = new ArrayList<>();
        AccUserImport job = client.userImport(project);
        List<PlannedAction> valid = new ArrayList<>();
        List<ProjectUserImport> users = new ArrayList<>();
        for (PlannedAction a : additions) {
            try {
                ProjectUserImport user = new ProjectUserImport().email(a.newValue(PlanFields.EMAIL).orElse(a.email()))
                        .products(products(a.newValue(PlanFields.PRODUCTS).orElse("")))
                        .companyId(a.newValue(PlanFields.COMPANY_ID).map(UUID::fromString).orElse(null))
                        .roleIds(a.newValue(PlanFields.ROLE_IDS).map(AccWrites::uuids).orElse(null));
                List<Violation> violations = job.validateUser(valid.size(), user);
                if (violations.isEmpty()) {
                    valid.add(a);
                    users.add(user);
                } else {
                    attempts.add(Attempt.refused(a, "invalid, not sent: "
                            + violations.stream().map(Violation::describe).collect(Collectors.joining("; "))));
                }
            } catch (IllegalArgumentException e) {
                attempts.add(Attempt.refused(a, "invalid, not sent: " + e.getMessage()));
            }
        }
        int size = AutodeskAccountAdminClient.MAX_USERS_PER_IMPORT_REQUEST;
        for (int from = 0, batch = 0; from < valid.size(); from += size, batch++) {
            int to = Math.min(valid.size(), from + size);
            List<PlannedAction> chunk = valid.subList(from, to);
            beforeSending.accept(chunk);
            AccImportBatch sent = job.sendBatch(batch, from, users.subList(from, to));
            for (PlannedAction a : chunk) {
                if (sent.accepted()) {
                    attempts.add(Attempt.taken(a, sent.job().map(id -> "job " + id).orElse(null)));
                } else {
                    attempts.add(Attempt.failed(a, sent.error()));
                }
            }
        }
        return attempts;
    }

    private Attempt update(PlannedAction a, Consumer<List<PlannedAction>> beforeSending) {
        ProjectUserUpdate update = new ProjectUserUpdate();
        try {
            a.change(PlanFields.EMAIL).ifPresent(c -> update.email(c.to()));
            a.change(PlanFields.PRODUCTS).ifPresent(c -> update.products(products(c.to() == null ? "" : c.to())));
            a.change(PlanFields.COMPANY_ID).ifPresent(c -> update.companyId(c.to() == null ? null : UUID.fromString(c.to())));
            a.change(PlanFields.ROLE_IDS).ifPresent(c -> update.roleIds(c.to() == null ? List.of() : uuids(c.to())));
        } catch (IllegalArgumentException e) {
            return Attempt.refused(a, "invalid, not sent: " + e.getMessage());
        }
        return Attempt.sendOne(a, beforeSending, () -> client.updateProjectUserWithResponse(project, a.userId(), update));
    }

    private Attempt remove(PlannedAction a, Consumer<List<PlannedAction>> beforeSending) {
        return Attempt.sendOne(a, beforeSending, () -> {
            client.removeProjectUser(project, a.userId());
            return null;
        });
    }

    /** {@code build:member;docs:administrator} as the import's products. */
    static List<ProductAccess> products(String plan) {
        List<ProductAccess> products = new ArrayList<>();
        for (String pair : plan.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("products: '" + pair + "' is not key:access");
            }
            products.add(new ProductAccess().key(ProductKey.fromValue(pair.substring(0, colon).strip()))
                    .access(ProductAccessLevel.fromValue(pair.substring(colon + 1).strip())));
        }
        return products;
    }

    private static List<UUID> uuids(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(UUID::fromString)
                .toList();
    }
}
