package io.github.roster.sync.apply;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.TargetSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans written by hand against the sandbox's default seed, as the planner would write them: joiners created on
 * BIM 360 and Procore and added to the ACC project, leavers deactivated and removed, a changed job title.
 */
final class HandMadePlans {

    static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    static final String PROJECT = "367d5cc2-9008-462c-96e5-c9491db85d93";
    static final String COMPANY = "8089";
    static final String ANN_LEE = "1b6e0c57-4a2f-4d8e-9c31-7f5a2e9d0c11";
    static final String MARIA_GARCIA = "9876543210987";
    static final String PROCORE_ANN_LEE = "2233445566771";
    static final SafetyRules RULES = new SafetyRules(10, 100.0, List.of(), 0.9);

    private HandMadePlans() {
    }

    static String email(int joiner) {
        return "joiner" + joiner + "@example.com";
    }

    static String employee(int joiner) {
        return "J" + (1000 + joiner);
    }

    /** {@code joiners} people joining everywhere, plus the leavers and the update of {@link #scenario}. */
    static Plan scenario(int joiners, Path stateFile) {
        List<PlannedAction> actions = new ArrayList<>(joinerActions(joiners));
        actions.add(new PlannedAction(Platform.BIM360, ACCOUNT, ActionKind.DEACTIVATE, "E1101", "ann.lee@example.com",
                ANN_LEE, List.of(new FieldChange("status", "active", "inactive")), "left", Map.of("status", "active")));
        actions.add(new PlannedAction(Platform.ACC, PROJECT, ActionKind.REMOVE_FROM_PROJECT, "E1101",
                "ann.lee@example.com", ANN_LEE, List.of(), "left",
                Map.of("status", "active", "email", "ann.lee@example.com")));
        actions.add(new PlannedAction(Platform.PROCORE, COMPANY, ActionKind.DEACTIVATE, "E2001",
                "maria.garcia@example.com", MARIA_GARCIA, List.of(new FieldChange("status", "active", "inactive")),
                "left", Map.of("status", "active")));
        actions.add(new PlannedAction(Platform.PROCORE, COMPANY, ActionKind.UPDATE, "E1101", "ann.lee@example.com",
                PROCORE_ANN_LEE, List.of(new FieldChange("job_title", "Site Engineer", "Site Lead")), null,
                Map.of("status", "active")));
        actions.add(new PlannedAction(Platform.ACC, PROJECT, ActionKind.UNMANAGED, null, "someone@example.com",
                "x", List.of(), "not in the HR export", Map.of("status", "active")));
        return plan(actions, stateFile, 10 + joiners);
    }

    static List<PlannedAction> joinerActions(int joiners) {
        List<PlannedAction> actions = new ArrayList<>();
        for (int i = 1; i <= joiners; i++) {
            String email = email(i);
            actions.add(new PlannedAction(Platform.BIM360, ACCOUNT, ActionKind.CREATE, employee(i), email, null,
                    List.of(new FieldChange("email", null, email), new FieldChange("first_name", null, "Joiner"),
                            new FieldChange("last_name", null, "Number" + i),
                            new FieldChange("job_title", null, "Engineer")), null, Map.of()));
            actions.add(new PlannedAction(Platform.ACC, PROJECT, ActionKind.ADD_TO_PROJECT, employee(i), email, null,
                    List.of(new FieldChange("email", null, email), new FieldChange("products", null, "docs:member")),
                    null, Map.of()));
            actions.add(new PlannedAction(Platform.PROCORE, COMPANY, ActionKind.CREATE, employee(i), email, null,
                    List.of(new FieldChange("first_name", null, "Joiner"),
                            new FieldChange("last_name", null, "Number" + i),
                            new FieldChange("email_address", null, email),
                            new FieldChange("job_title", null, "Engineer"),
                            new FieldChange("origin_id", null, employee(i))), null, Map.of()));
        }
        return actions;
    }

    static Plan plan(List<PlannedAction> actions, Path stateFile, int hrPeople) {
        return new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-11-23T10:00:00Z"), "0".repeat(64), "1".repeat(64),
                hrPeople, stateFile.toAbsolutePath().toString(), RULES,
                List.of(new TargetSnapshot(Platform.BIM360, ACCOUNT, 8, "a".repeat(64)),
                        new TargetSnapshot(Platform.ACC, PROJECT, 3, "b".repeat(64)),
                        new TargetSnapshot(Platform.PROCORE, COMPANY, 6, "c".repeat(64))),
                actions);
    }
}
