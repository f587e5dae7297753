package io.github.roster.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {

    @TempDir
    Path dir;

    static Plan samplePlan() {
        PlannedAction create = new PlannedAction(Platform.PROCORE, "8089", ActionKind.CREATE, "E1001",
                "ann@example.com", null, List.of(new FieldChange("first_name", null, "Ann"),
                new FieldChange("email", null, "ann@example.com")), null, Map.of());
        PlannedAction pending = new PlannedAction(Platform.BIM360, "b1", ActionKind.BLOCKED, "E1002",
                "bob@example.com", "u-2", List.of(), "user is pending: it cannot be deactivated", Map.of("status", "pending"));
        PlannedAction stranger = new PlannedAction(Platform.ACC, "p1", ActionKind.UNMANAGED, null,
                "eve@example.com", "u-9", List.of(), "not in HR", Map.of("status", "active"));
        return new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-11-23T10:00:00Z"), "aa", "bb", 2, "state.json",
                new SafetyRules(10, 5, List.of("admin@example.com"), 0.9),
                List.of(new TargetSnapshot(Platform.PROCORE, "8089", 3, "cc")), List.of(create, pending, stranger));
    }

    @Test
    void aPlanWrittenAndReadBackIsEqualAndHasTheSameDigest() {
        Plan plan = samplePlan();
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        Plan read = PlanJson.read(file);
        assertThat(read).isEqualTo(plan);
        assertThat(PlanJson.digest(read)).isEqualTo(PlanJson.digest(plan));
        assertThat(read.summary()).isEqualTo(Map.of("acc", Map.of("unmanaged", 1), "bim360", Map.of("blocked", 1),
                "procore", Map.of("create", 1)));
        assertThat(read.writeActions()).extracting(PlannedAction::id).containsExactly("procore/8089/create/E1001");
        assertThat(read.actions().get(2).id()).isEqualTo("acc/p1/unmanaged/user:u-9");
    }

    @Test
    void aPlanWithBadFieldsNamesEachOne() {
        String text = new String(PlanJson.toBytes(samplePlan()), StandardCharsets.UTF_8)
                .replace("\"kind\" : \"create\"", "\"kind\" : \"explode\"")
                .replace("\"platform\" : \"bim360\"", "\"platform\" : \"sap\"")
                .replace("\"created_at\" : \"2026-11-23T10:00:00Z\"", "\"created_at\" : \"yesterday\"");
        assertThatThrownBy(() -> PlanJson.fromBytes(text.getBytes(StandardCharsets.UTF_8), "plan.json"))
                .isInstanceOf(SyncInputException.class)
                .satisfies(e -> assertThat(((SyncInputException) e).problems()).containsExactlyInAnyOrder(
                        "created_at: 'yesterday' is not an ISO-8601 instant",
                        "actions[0].kind: unknown action kind 'explode'",
                        "actions[1].platform: unknown platform 'sap': expected bim360, acc or procore"));
    }
}
