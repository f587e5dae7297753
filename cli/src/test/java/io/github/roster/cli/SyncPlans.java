package io.github.roster.cli;

import io.github.roster.sandbox.SandboxSeed;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
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
 * Plans for the sandbox's default seed, written as `sync plan` writes them: joiners created on BIM 360 (bulk
 * import) and Procore (one create each, no origin id) and added to the ACC project (bulk import), and one leaver.
 */
final class SyncPlans {

    static final String ACCOUNT = SandboxSeed.BIM360_ACCOUNT_ID;
    static final String PROJECT = SandboxSeed.ACC_PROJECT_ID;
    static final String COMPANY = Long.toString(SandboxSeed.PROCORE_COMPANY_ID);

    private SyncPlans() {
    }

    static String email(int joiner) {
        return "new" + joiner + "@example.com";
    }

    static Path write(Path dir, int joiners, SafetyRules rules) {
        List<PlannedAction> actions = new ArrayList<>();
        for (int i = 1; i <= joiners; i++) {
            String employee = "N" + (100 + i);
            String email = email(i);
            actions.add(new PlannedAction(Platform.BIM360, ACCOUNT, ActionKind.CREATE, employee, email, null,
                    List.of(new FieldChange("email", null, email), new FieldChange("last_name", null, "New" + i)),
                    null, Map.of()));
            actions.add(new PlannedAction(Platform.ACC, PROJECT, ActionKind.ADD_TO_PROJECT, employee, email, null,
                    List.of(new FieldChange("email", null, email), new FieldChange("products", null, "docs:member")),
                    null, Map.of()));
            actions.add(new PlannedAction(Platform.PROCORE, COMPANY, ActionKind.CREATE, employee, email, null,
                    List.of(new FieldChange("last_name", null, "New" + i), new FieldChange("email_address", null, email)),
                    null, Map.of()));
        }
        actions.add(new PlannedAction(Platform.PROCORE, COMPANY, ActionKind.DEACTIVATE, "E2001",
                "maria.garcia@example.com", Long.toString(SandboxSeed.PROCORE_OTHER_USER_ID),
                List.of(new FieldChange("status", "active", "inactive")), "left", Map.of("status", "active")));
        Plan plan = new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-11-23T10:00:00Z"), "0".repeat(64),
                "1".repeat(64), joiners + 5, dir.resolve("state.json").toAbsolutePath().toString(), rules,
                List.of(new TargetSnapshot(Platform.BIM360, ACCOUNT, 8, "a".repeat(64)),
                        new TargetSnapshot(Platform.ACC, PROJECT, 3, "b".repeat(64)),
                        new TargetSnapshot(Platform.PROCORE, COMPANY, 6, "c".repeat(64))),
                actions);
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        return file;
    }

    static Path write(Path dir, int joiners) {
        return write(dir, joiners, new SafetyRules(10, 100.0, List.of(), 0.9));
    }
}
