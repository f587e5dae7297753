package io.github.roster.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan file: what it holds, byte for byte, and the message naming each bad field of a file that is refused. */
class PlanFileRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static PlannedAction deactivateUnknown() {
        return new PlannedAction(Platform.BIM360, "acct", ActionKind.DEACTIVATE, null, "x@example.com", "u-7",
                List.of(new FieldChange("status", "active", "inactive")), null, Map.of("status", "active",
                "email", "x@example.com"));
    }

    private static Plan plan(SafetyRules rules, PlannedAction... actions) {
        return new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-11-23T10:00:00Z"), "hr", "cfg", 4, "/s.json", rules,
                List.of(new TargetSnapshot(Platform.BIM360, "acct", 0, "d0")), List.of(actions));
    }

    private static ObjectNode tree(Plan plan) throws Exception {
        return (ObjectNode) JSON.readTree(PlanJson.toBytes(plan));
    }

    private static List<String> problems(ObjectNode tree) {
        try {
            PlanJson.fromBytes(tree.toString().getBytes(StandardCharsets.UTF_8), "plan.json");
        } catch (SyncInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in " + tree);
    }

    private static List<String> problemsAfter(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = tree(PlanJsonTest.samplePlan());
        edit.accept(tree);
        return problems(tree);
    }

    private static ObjectNode action(ObjectNode tree, int i) {
        return (ObjectNode) tree.path("actions").get(i);
    }

    @Test
    void thePlanFileHoldsEveryFieldUnderItsDocumentedName() throws Exception {
        Plan plan = plan(new SafetyRules(3, 12.5, List.of("a@example.com"), 0.75, true), deactivateUnknown());

        String text = new String(PlanJson.toBytes(plan), StandardCharsets.UTF_8);

        assertThat(text).endsWith("}\n");
        assertThat(JSON.readTree(text)).isEqualTo(JSON.readTree("""
                {"version": 1, "created_at": "2026-11-23T10:00:00Z", "hr_digest": "hr", "config_digest": "cfg",
                 "hr_people": 4, "state": "/s.json",
                 "safety": {"max_deactivations": 3, "max_deactivation_percent": 12.5, "min_hr_people_ratio": 0.75,
                            "protected": ["a@example.com"], "unmanaged": "deactivate"},
                 "targets": [{"platform": "bim360", "target": "acct", "users": 0, "digest": "d0"}],
                 "actions": [{"id": "bim360/acct/deactivate/user:u-7", "platform": "bim360", "target": "acct",
                              "kind": "deactivate", "employee_id": null, "email": "x@example.com", "user_id": "u-7",
                              "changes": [{"field": "status", "from": "active", "to": "inactive"}],
                              "before": {"email": "x@example.com", "status": "active"}}],
                 "summary": {"bim360": {"deactivate": 1}}}
                """));
        assertThat(text.indexOf("\"email\" : \"x@example.com\",\n")).isLessThan(text.indexOf("\"status\" : \"active\""));
        Plan read = PlanJson.fromBytes(text.getBytes(StandardCharsets.UTF_8), "plan.json");
        assertThat(read).isEqualTo(plan);
        assertThat(read.target(Platform.BIM360, "acct").users()).isZero();
        assertThat(read.target(Platform.ACC, "acct")).isNull();
        assertThat(read.target(Platform.BIM360, "other")).isNull();
        assertThat(PlanJson.digest(read)).isEqualTo(Digests.sha256(PlanJson.toBytes(plan))).hasSize(64);
    }

    @Test
    void aPlanWithoutWritesIsEmptyAndOneWithAWriteIsNot() {
        Plan sample = PlanJsonTest.samplePlan();
        assertThat(sample.isEmpty()).isFalse();
        Plan notes = plan(SafetyRules.DEFAULTS, sample.actions().get(1), sample.actions().get(2));
        assertThat(notes.isEmpty()).isTrue();
        assertThat(notes.writeActions()).isEmpty();
    }

    @Test
    void writingReplacesAnEarlierPlanAndReadingAMissingFileSaysWhich() {
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan(SafetyRules.DEFAULTS), file);
        PlanJson.write(PlanJsonTest.samplePlan(), file);
        assertThat(PlanJson.read(file)).isEqualTo(PlanJsonTest.samplePlan());
        assertThatThrownBy(() -> PlanJson.read(dir.resolve("none.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot read the plan");
        assertThatThrownBy(() -> PlanJson.write(PlanJsonTest.samplePlan(), dir.resolve("no/such/dir/plan.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write the plan");
    }

    @Test
    void aFileThatIsNotAPlanObjectIsRefused() {
        assertThatThrownBy(() -> PlanJson.fromBytes("[1]".getBytes(StandardCharsets.UTF_8), "p.json"))
                .isInstanceOf(SyncInputException.class).hasMessage("p.json: 1 problem\n  not a plan: expected a JSON object");
        assertThatThrownBy(() -> PlanJson.fromBytes("".getBytes(StandardCharsets.UTF_8), "p.json"))
                .isInstanceOf(SyncInputException.class).hasMessageContaining("not a plan");
        assertThatThrownBy(() -> PlanJson.fromBytes("{\"version\":".getBytes(StandardCharsets.UTF_8), "p.json"))
                .isInstanceOf(SyncInputException.class).hasMessageContaining("not JSON: ");
    }

    @Test
    void missingTopLevelFieldsAreEachNamed() throws Exception {
        assertThat(problemsAfter(t -> t.remove(List.of("version", "created_at", "hr_digest", "config_digest",
                "hr_people", "safety", "actions")))).containsExactly(
                "version: missing", "created_at: missing", "hr_digest: missing", "config_digest: missing",
                "hr_people: missing", "safety: missing", "actions: missing (expected an array)");
    }

    @Test
    void badlyTypedTopLevelFieldsAreEachNamed() throws Exception {
        assertThat(problemsAfter(t -> t.put("version", 2).put("hr_people", "four").put("hr_digest", 5)
                .put("state", 7))).containsExactly(
                "version: 2 is not a plan format this Roster reads (expected 1)",
                "hr_digest: expected a string, was 5",
                "hr_people: 'four' is not a whole number",
                "state: expected a string, was 7");
        assertThat(problemsAfter(t -> t.put("version", 1.5).put("hr_people", 3_000_000_000L))).containsExactly(
                "version: '1.5' is not a whole number", "hr_people: '3000000000' is not a whole number");
    }

    @Test
    void aPlanWithoutAStateOrWithAnOlderVersionNumberZeroIsReadAsGiven() throws Exception {
        ObjectNode t = tree(PlanJsonTest.samplePlan());
        t.remove("state");
        Plan read = PlanJson.fromBytes(t.toString().getBytes(StandardCharsets.UTF_8), "p");
        assertThat(read.statePath()).isNull();
        t.put("version", 0);
        assertThat(PlanJson.fromBytes(t.toString().getBytes(StandardCharsets.UTF_8), "p").version()).isZero();
    }

    @Test
    void safetyRulesOutsideTheirRangesAreNamed() throws Exception {
        assertThat(problemsAfter(t -> ((ObjectNode) t.path("safety")).remove("max_deactivations")))
                .containsExactly("safety.max_deactivations must be 0 or more, was -1");
        assertThat(problemsAfter(t -> ((ObjectNode) t.path("safety")).put("max_deactivation_percent", 101)))
                .containsExactly("safety.max_deactivation_percent must be within 0..100, was 101.0");
        assertThat(problemsAfter(t -> ((ObjectNode) t.path("safety")).put("min_hr_people_ratio", 2)))
                .containsExactly("safety.min_hr_people_ratio must be within 0..1, was 2.0");
        assertThat(problemsAfter(t -> ((ObjectNode) t.path("safety")).put("unmanaged", "delete")))
                .containsExactly("safety.unmanaged: 'delete' is not report or deactivate");
    }

    @Test
    void theSafetyDefaultsFillAMissingRatioAndUnmanagedReport() throws Exception {
        ObjectNode t = tree(PlanJsonTest.samplePlan());
        ((ObjectNode) t.path("safety")).remove("min_hr_people_ratio");
        ((ObjectNode) t.path("safety")).put("unmanaged", "report");
        SafetyRules rules = PlanJson.fromBytes(t.toString().getBytes(StandardCharsets.UTF_8), "p").safety();
        assertThat(rules.minHrPeopleRatio()).isEqualTo(0.9);
        assertThat(rules.deactivateUnmanaged()).isFalse();
        assertThat(rules.protectedEmails()).containsExactly("admin@example.com");
    }

    @Test
    void badTargetsAreEachNamed() throws Exception {
        assertThat(problemsAfter(t -> {
            ArrayNode targets = t.putArray("targets");
            targets.addObject().put("platform", "sap").put("target", "1").put("users", 1).put("digest", "d");
            targets.addObject().put("platform", "acc").put("users", 1);
            targets.addObject().put("platform", "acc").put("target", "p").put("users", -1).put("digest", "d");
        })).containsExactly(
                "targets[0].platform: unknown platform 'sap': expected bim360, acc or procore",
                "targets[1].target: missing", "targets[1].digest: missing",
                "targets[2].users: -1 is not a count of users");
    }

    @Test
    void actionsNamingNoPersonOrABadChangeAreNamed() throws Exception {
        assertThat(problemsAfter(t -> {
            action(t, 0).remove("employee_id");
            action(t, 0).remove("id");
            action(t, 1).remove("employee_id");
            action(t, 1).remove("id");
            action(t, 1).put("user_id", (String) null);
            action(t, 2).remove("target");
            ((ObjectNode) action(t, 0).path("changes").get(1)).remove("field");
        })).containsExactly(
                "actions[0].employee_id: missing (a create action names the person)",
                "actions[0].changes[1].field: missing",
                "actions[1].employee_id: missing (a blocked action names the person or the user's id)",
                "actions[2].target: missing");
        assertThat(problemsAfter(t -> action(t, 0).remove("kind")))
                .containsExactly("actions[0].kind: unknown action kind 'null'");
    }

    @Test
    void anActionWhoseIdDoesNotMatchItIsRefused() throws Exception {
        assertThat(problemsAfter(t -> action(t, 0).put("employee_id", "E9"))).containsExactly(
                "actions[0].id: 'procore/8089/create/E1001' does not match the action (expected"
                        + " 'procore/8089/create/E9')");
    }

    @Test
    void anActionWithoutAnIdAndWithNullBeforeValuesIsReadWithoutThem() throws Exception {
        ObjectNode t = tree(PlanJsonTest.samplePlan());
        action(t, 1).remove("id");
        ((ObjectNode) action(t, 1).path("before")).putNull("email");
        PlannedAction read = PlanJson.fromBytes(t.toString().getBytes(StandardCharsets.UTF_8), "p").actions().get(1);
        assertThat(read).isEqualTo(PlanJsonTest.samplePlan().actions().get(1));
        assertThat(read.reason()).isEqualTo("user is pending: it cannot be deactivated");
    }

    @Test
    void anActionNamesItsPersonOrTheUnknownUser() {
        PlannedAction byMail = new PlannedAction(Platform.ACC, "p", ActionKind.UNMANAGED, null, "x@example.com", null,
                null, null, null);
        assertThat(byMail.id()).isEqualTo("acc/p/unmanaged/user:x@example.com");
        assertThat(byMail.changes()).isEmpty();
        assertThat(byMail.before()).isEmpty();
        assertThat(deactivateUnknown().newValue("status")).contains("inactive");
        assertThat(deactivateUnknown().newValue("email")).isEmpty();
        assertThatThrownBy(() -> new PlannedAction(Platform.ACC, "p", ActionKind.REMOVE_FROM_PROJECT, null,
                "x@example.com", null, null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a remove-from-project action needs an employee id");
        assertThat(PlannedAction.allowsUnmanaged(ActionKind.UPDATE, "u")).isFalse();
        assertThat(PlannedAction.allowsUnmanaged(ActionKind.BLOCKED, "u")).isTrue();
        assertThat(new FieldChange("email", null, "a@b.c")).hasToString("email: - -> a@b.c");
        assertThat(new FieldChange("status", "active", null)).hasToString("status: active -> -");
    }

    @Test
    void platformsAndKindsAreReadByTheirKeys() {
        assertThat(Platform.fromKey("ACC")).isEqualTo(Platform.ACC);
        assertThatThrownBy(() -> Platform.fromKey(null)).hasMessage("unknown platform 'null': expected bim360, acc or procore");
        assertThat(ActionKind.fromKey("update-project-member")).isEqualTo(ActionKind.UPDATE_PROJECT_MEMBER);
        assertThat(ActionKind.UNMANAGED.isWrite()).isFalse();
        assertThat(ActionKind.REMOVE_FROM_PROJECT.isWrite()).isTrue();
        assertThatThrownBy(() -> new TargetSnapshot(Platform.ACC, "p", -1, "d")).hasMessage("users must be 0 or more");
    }

    @Test
    void aPlanFileIsReadFromDisk() throws Exception {
        Path file = Files.write(dir.resolve("p.json"), PlanJson.toBytes(PlanJsonTest.samplePlan()));
        assertThat(PlanJson.read(file).actions()).hasSize(3);
    }
}
