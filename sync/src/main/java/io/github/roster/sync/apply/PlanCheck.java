package io.github.roster.sync.apply;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.Plan;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.internal.PlanFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a plan must hold for apply to execute it; every problem is named at once and nothing is sent. */
final class PlanCheck {

    private PlanCheck() {
    }

    static void check(Plan plan, String source, boolean hasAutodesk, boolean hasProcore) {
        List<String> problems = new ArrayList<>();
        if (plan.version() != Plan.FORMAT_VERSION) {
            problems.add("version: " + plan.version() + " is not a plan format this version applies ("
                    + Plan.FORMAT_VERSION + ")");
        }
        Set<String> ids = new HashSet<>();
        List<PlannedAction> actions = plan.writeActions();
        for (int i = 0; i < actions.size(); i++) {
            PlannedAction a = actions.get(i);
            String at = "actions[" + a.id() + "]";
            if (!ids.add(a.id())) {
                problems.add(at + ": listed twice");
            }
            boolean autodesk = a.platform() != Platform.PROCORE;
            if (autodesk && !hasAutodesk) {
                problems.add(at + ": needs an Autodesk client (credentials), none was given");
            }
            if (!autodesk && !hasProcore) {
                problems.add(at + ": needs a Procore client (credentials), none was given");
            }
            if (autodesk && !isUuid(a.target())) {
                problems.add(at + ": target must be an Autodesk id (uuid), was '" + a.target() + "'");
            }
            if (!autodesk && !isPositiveLong(a.target())) {
                problems.add(at + ": target must be a Procore company id, was '" + a.target() + "'");
            }
            boolean needsUser = a.kind() != ActionKind.CREATE && a.kind() != ActionKind.ADD_TO_PROJECT;
            if (needsUser && (a.userId() == null || a.userId().isBlank())) {
                problems.add(at + ": user_id is required for " + a.kind().key());
            } else if (needsUser && a.platform() == Platform.PROCORE && !isPositiveLong(a.userId())) {
                problems.add(at + ": user_id must be a Procore user id, was '" + a.userId() + "'");
            }
            if (a.platform() == Platform.PROCORE && (a.kind() == ActionKind.CREATE)
                    && a.newValue(PlanFields.LAST_NAME).isEmpty()) {
                problems.add(at + ": last_name is required to create a Procore user");
            }
        }
        if (!problems.isEmpty()) {
            throw new SyncInputException(source, problems);
        }
    }

    private static boolean isUuid(String s) {
        try {
            UUID.fromString(s);
            return s.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isPositiveLong(String s) {
        try {
            return Long.parseLong(s) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
