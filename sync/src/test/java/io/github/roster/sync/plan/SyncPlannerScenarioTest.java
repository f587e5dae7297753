package io.github.roster.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.Platform;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.config.SyncConfigReader;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrExportReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario against the sandbox: a few hundred users on three platforms and a few hundred people in
 * HR, with joiners, leavers, movers between departments, an e-mail change, a protected admin, a pending Autodesk
 * user and a Procore user without origin_id. The expected actions are written out here from the world's
 * description, not read back from the planner.
 */
class SyncPlannerScenarioTest {

    private static final int PEOPLE = 200;
    private static final Set<Integer> LEAVERS = Set.of(1, 2, 3, 4, 5);
    private static final int MOVER_OUT = 12;
    private static final int MOVER_IN = 13;
    private static final int TITLE_CHANGE = 20;
    private static final int EMAIL_CHANGE = 30;
    private static final int ADMIN = 40;
    private static final int PENDING = 50;
    private static final int NO_ORIGIN = 60;
    private static final int REACTIVATED = 70;
    private static final int FEWER_PRODUCTS = 80;
    private static final int FIRST_JOINER = 201;
    private static final int LAST_JOINER = 210;

    @TempDir
    Path dir;

    private RosterSandbox sandbox;
    private AutodeskAccountAdminClient autodesk;
    private ProcoreDirectoryClient procore;
    private HrExport hr;

    static boolean engineering(int i) {
        return i % 2 == 0;
    }

    static String title(int i) {
        return engineering(i) ? "Engineer" : "Seller";
    }

    @BeforeEach
    void world() {
        SyncWorld w = new SyncWorld();
        for (int i = 1; i <= PEOPLE; i++) {
            String mail = i == EMAIL_CHANGE ? "p30.old@example.com" : i == ADMIN ? "admin@example.com" : SyncWorld.email(i);
            String bimStatus = i == PENDING ? "pending" : i == REACTIVATED ? "inactive" : "active";
            w.bim360("p" + i, mail, "First" + i, "Last" + i, title(i), bimStatus);
            if (engineering(i)) {
                w.member(mail, i == PENDING ? "pending" : "active",
                        i == FEWER_PRODUCTS ? new String[] {"docs:member"} : new String[] {"docs:member", "build:member"});
            }
            w.procore(i, mail, "First" + i, "Last" + i, title(i), i == NO_ORIGIN ? null : SyncWorld.employeeId(i), i != REACTIVATED);
        }
        for (int k = 1; k <= 3; k++) {
            String mail = "c" + k + "@contractor.example";
            w.bim360("c" + k, mail, "Con", "Tractor" + k, null, "active");
            w.member(mail, "active", "docs:member");
            w.procore(900 + k, mail, "Con", "Tractor" + k, null, null, true);
        }
        w.bim360("old", "old@example.com", "Old", "Timer", null, "inactive");
        w.procore(999, "old@example.com", "Old", "Timer", null, "X-OLD", false);
        for (int i = 1; i <= LAST_JOINER; i++) {
            if (i > PEOPLE && i < FIRST_JOINER) {
                continue;
            }
            boolean eng = i == MOVER_OUT ? false : i == MOVER_IN || engineering(i);
            String status = LEAVERS.contains(i) || i == ADMIN || i == PENDING ? "terminated" : "active";
            String jobTitle = i == TITLE_CHANGE ? "Lead Engineer" : title(i);
            w.hr(SyncWorld.employeeId(i), i == ADMIN ? "admin@example.com" : SyncWorld.email(i), "First" + i, "Last" + i, status,
                    eng ? "Engineering" : "Sales", jobTitle);
        }
        w.hr("E0300", "gone@example.com", "Long", "Gone", "terminated", "Sales", "");
        sandbox = SyncWorld.sandbox(w.writeSeed(dir));
        autodesk = SyncWorld.autodesk(sandbox);
        procore = SyncWorld.procore(sandbox);
        hr = new HrExportReader(config(20, 10).hr()).read(w.writeHr(dir));
        SyncState state = new SyncState();
        state.remember(SyncWorld.employeeId(EMAIL_CHANGE), Platform.BIM360, SyncWorld.ACCOUNT, SyncWorld.userId("p" + EMAIL_CHANGE));
        state.remember(SyncWorld.employeeId(EMAIL_CHANGE), Platform.ACC, SyncWorld.PROJECT, SyncWorld.userId("p" + EMAIL_CHANGE));
        state.save(dir.resolve("state.json"));
    }

    @AfterEach
    void stop() {
        autodesk.close();
        procore.close();
        sandbox.close();
    }

    SyncConfig config(int maxDeactivations, double percent) {
        return config(maxDeactivations, percent, "protected: [Admin@Example.com]");
    }

    /** The scenario's configuration with {@code safety} ending in {@code safetyTail}. */
    SyncConfig config(int maxDeactivations, double percent, String safetyTail) {
        String yaml = """
                hr: {key: employee_id, active: [active]}
                bim360: {account: b.%s}
                acc:
                  projects:
                    - id: %s
                      members: {department: Engineering}
                      products: "docs:member;build:member"
                procore: {company: %d, origin_id: employee_id}
                safety: {max_deactivations: %d, max_deactivation_percent: %s, %s}
                state: state.json
                """.formatted(SyncWorld.ACCOUNT, SyncWorld.PROJECT, SyncWorld.COMPANY, maxDeactivations, percent,
                safetyTail);
        return SyncConfigReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "sync.yaml", dir);
    }

    Plan plan(SyncConfig config, OptionalInt allow) {
        return new SyncPlanner(autodesk, procore).plan(config, hr, SyncState.read(config.statePath()), allow);
    }

    @Test
    void thePlanListsExactlyTheExpectedActions() {
        Plan plan = plan(config(20, 10), OptionalInt.empty());

        assertThat(described(plan.actions())).containsExactlyInAnyOrderElementsOf(expected());
        assertThat(plan.targets()).extracting(t -> t.platform() + "/" + t.target() + "=" + t.users())
                .containsExactly("BIM360/" + SyncWorld.ACCOUNT + "=204", "ACC/" + SyncWorld.PROJECT + "=103",
                        "PROCORE/" + SyncWorld.COMPANY + "=204");
        assertThat(plan.hrPeople()).isEqualTo(211);
        assertThat(plan.hrDigest()).isEqualTo(hr.digest());
        assertThat(reason(plan, Platform.BIM360, ActionKind.BLOCKED, SyncWorld.employeeId(PENDING))).contains("pending");
        assertThat(reason(plan, Platform.BIM360, ActionKind.BLOCKED, SyncWorld.employeeId(EMAIL_CHANGE))).contains("Autodesk profile");
        assertThat(reason(plan, Platform.ACC, ActionKind.REMOVE_FROM_PROJECT, SyncWorld.employeeId(MOVER_OUT)))
                .contains("department=Engineering");
        PlannedAction deactivate = plan.actions().stream().filter(a -> a.platform() == Platform.PROCORE
                && a.kind() == ActionKind.DEACTIVATE && a.employeeId().equals(SyncWorld.employeeId(1))).findFirst().orElseThrow();
        assertThat(deactivate.userId()).isEqualTo(Long.toString(SyncWorld.procoreId(1)));
        assertThat(deactivate.before()).containsEntry("status", "active");
    }

    @Test
    void afterTheChangesAreMadeASecondPlanHasNoWriteActions() {
        Plan first = plan(config(20, 10), OptionalInt.empty());
        ApplyResult applied = SyncWorld.apply(autodesk, procore, first, dir);
        assertThat(applied.complete()).as("%s", applied.results()).isTrue();

        Plan second = plan(config(20, 10), OptionalInt.empty());

        assertThat(second.writeActions()).isEmpty();
        assertThat(second.isEmpty()).isTrue();
        assertThat(described(second.actions())).containsExactlyInAnyOrder(
                "bim360|blocked|E0020|job_title: Engineer -> Lead Engineer",
                "bim360|blocked|E0030|email: p30.old@example.com -> p30@example.com",
                "bim360|blocked|E0050|",
                "bim360|unmanaged|c1@contractor.example|", "bim360|unmanaged|c2@contractor.example|",
                "bim360|unmanaged|c3@contractor.example|",
                "acc|unmanaged|c1@contractor.example|", "acc|unmanaged|c2@contractor.example|",
                "acc|unmanaged|c3@contractor.example|",
                "procore|unmanaged|c1@contractor.example|", "procore|unmanaged|c2@contractor.example|",
                "procore|unmanaged|c3@contractor.example|");
        assertThat(second.targets()).isNotEqualTo(first.targets());
    }

    @Test
    void withUnmanagedDeactivateUsersHrDoesNotKnowAreDeactivatedAndRemovedExceptProtectedOnes() {
        Plan plan = plan(config(30, 10, "protected: [Admin@Example.com, C3@contractor.example], unmanaged: deactivate"),
                OptionalInt.empty());

        Set<String> expected = expected();
        for (int k = 1; k <= 3; k++) {
            for (String platform : List.of("bim360", "acc", "procore")) {
                expected.remove(platform + "|unmanaged|c" + k + "@contractor.example|");
            }
        }
        for (int k = 1; k <= 2; k++) {
            String mail = "c" + k + "@contractor.example";
            expected.add("bim360|deactivate|" + mail + "|status: active -> inactive");
            expected.add("acc|remove-from-project|" + mail + "|");
            expected.add("procore|deactivate|" + mail + "|status: active -> inactive");
        }
        assertThat(described(plan.actions())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(plan.safety().deactivateUnmanaged()).isTrue();
        PlannedAction stranger = plan.actions().stream().filter(a -> a.platform() == Platform.BIM360
                && a.kind() == ActionKind.DEACTIVATE && a.employeeId() == null).findFirst().orElseThrow();
        assertThat(stranger.id()).isEqualTo("bim360/" + SyncWorld.ACCOUNT + "/deactivate/user:"
                + SyncWorld.userId(stranger.email().startsWith("c1") ? "c1" : "c2"));
        assertThat(stranger.reason()).contains("not in the HR export");
        assertThat(stranger.before()).containsEntry("status", "active");
    }

    @Test
    void deactivatedUnmanagedUsersCountAgainstTheCaps() {
        assertThatThrownBy(() -> plan(config(20, 10, "protected: [Admin@Example.com], unmanaged: deactivate"),
                OptionalInt.empty()))
                .isInstanceOfSatisfying(SafetyRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("max_deactivations");
                    assertThat(e.getMessage()).contains("24 people", "bim360/" + SyncWorld.ACCOUNT + ": 8",
                            "acc/" + SyncWorld.PROJECT + ": 7", "procore/5000: 9");
                });
    }

    @Test
    void moreDeactivationsThanTheCapAreRefusedWithTheNumbers() {
        assertThatThrownBy(() -> plan(config(10, 10), OptionalInt.empty()))
                .isInstanceOfSatisfying(SafetyRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("max_deactivations");
                    assertThat(e.getMessage()).contains("15 people", "the cap is 10", "bim360/" + SyncWorld.ACCOUNT
                            + ": 5", "acc/" + SyncWorld.PROJECT + ": 4", "procore/5000: 6",
                            "--allow-deactivations 15");
                    assertThat(e.plan().writeActions()).isNotEmpty();
                });
        assertThat(plan(config(10, 10), OptionalInt.of(15)).safety().maxDeactivations()).isEqualTo(15);
    }

    @Test
    void aTargetLosingMoreThanItsPercentageIsRefused() {
        assertThatThrownBy(() -> plan(config(100, 2.5), OptionalInt.empty()))
                .isInstanceOfSatisfying(SafetyRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("max_deactivation_percent");
                    assertThat(e.getMessage()).contains("acc/" + SyncWorld.PROJECT
                            + " would lose 4 of its 103 users (3.9%)", "the cap is 2.5%");
                });
    }

    @Test
    void aMuchShorterHrExportThanLastTimeIsRefusedBeforeAnythingIsRead() {
        SyncState state = SyncState.read(dir.resolve("state.json"));
        state.lastHrPeople(300);
        state.save(dir.resolve("state.json"));
        sandbox.clearReceivedRequests();

        assertThatThrownBy(() -> plan(config(20, 10), OptionalInt.empty()))
                .isInstanceOfSatisfying(SafetyRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("min_hr_people_ratio");
                    assertThat(e.getMessage()).contains("lists 211 people", "listed 300", "0.70", "0.90");
                    assertThat(e.plan()).isNull();
                });
        assertThat(sandbox.receivedRequests()).isEmpty();
    }

    @Test
    void aTargetThatCannotBeReadStopsThePlan() {
        String yaml = """
                bim360: {account: 0d0d0d0d-1111-4222-8333-444455556666}
                procore: {company: %d}
                state: state.json
                """.formatted(SyncWorld.COMPANY);
        SyncConfig unknownAccount = SyncConfigReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "sync.yaml", dir);

        assertThatThrownBy(() -> plan(unknownAccount, OptionalInt.empty()))
                .isInstanceOf(TargetReadException.class)
                .hasMessageStartingWith("cannot read bim360/0d0d0d0d-1111-4222-8333-444455556666");
    }

    @Test
    void aMembersRuleNamingAColumnTheExportLacksIsAnInputError() {
        String yaml = """
                acc:
                  projects:
                    - {id: %s, members: {departement: Engineering}, products: "docs:member"}
                state: state.json
                """.formatted(SyncWorld.PROJECT);
        SyncConfig typo = SyncConfigReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "sync.yaml", dir);

        assertThatThrownBy(() -> plan(typo, OptionalInt.empty()))
                .isInstanceOfSatisfying(io.github.roster.sync.SyncInputException.class, e ->
                        assertThat(e.problems()).singleElement().asString()
                                .startsWith("acc.projects[0].members.departement: the HR export has no such field"));
    }

    /** The expected actions, from the world's description. */
    private static Set<String> expected() {
        Set<String> e = new TreeSet<>();
        String inactive = "status: active -> inactive";
        for (int i : LEAVERS) {
            e.add("bim360|deactivate|" + SyncWorld.employeeId(i) + "|" + inactive);
            e.add("procore|deactivate|" + SyncWorld.employeeId(i) + "|" + inactive);
            if (engineering(i)) {
                e.add("acc|remove-from-project|" + SyncWorld.employeeId(i) + "|");
            }
        }
        e.add("acc|remove-from-project|" + SyncWorld.employeeId(MOVER_OUT) + "|");
        e.add("acc|add-to-project|" + SyncWorld.employeeId(MOVER_IN) + "|" + changes("email: - -> " + SyncWorld.email(MOVER_IN),
                "products: - -> build:member;docs:member"));
        e.add("bim360|blocked|" + SyncWorld.employeeId(TITLE_CHANGE) + "|job_title: Engineer -> Lead Engineer");
        e.add("procore|update|" + SyncWorld.employeeId(TITLE_CHANGE) + "|job_title: Engineer -> Lead Engineer");
        e.add("bim360|blocked|" + SyncWorld.employeeId(EMAIL_CHANGE) + "|email: p30.old@example.com -> p30@example.com");
        e.add("acc|update-project-member|" + SyncWorld.employeeId(EMAIL_CHANGE) + "|email: p30.old@example.com -> p30@example.com");
        e.add("procore|update|" + SyncWorld.employeeId(EMAIL_CHANGE) + "|email_address: p30.old@example.com -> p30@example.com");
        e.add("bim360|blocked|" + SyncWorld.employeeId(PENDING) + "|");
        e.add("acc|remove-from-project|" + SyncWorld.employeeId(PENDING) + "|");
        e.add("procore|deactivate|" + SyncWorld.employeeId(PENDING) + "|" + inactive);
        e.add("procore|update|" + SyncWorld.employeeId(NO_ORIGIN) + "|origin_id: - -> " + SyncWorld.employeeId(NO_ORIGIN));
        e.add("bim360|reactivate|" + SyncWorld.employeeId(REACTIVATED) + "|status: inactive -> active");
        e.add("procore|reactivate|" + SyncWorld.employeeId(REACTIVATED) + "|status: inactive -> active");
        e.add("acc|update-project-member|" + SyncWorld.employeeId(FEWER_PRODUCTS) + "|products: docs:member -> build:member;docs:member");
        for (int i = FIRST_JOINER; i <= LAST_JOINER; i++) {
            e.add("bim360|create|" + SyncWorld.employeeId(i) + "|" + changes("email: - -> " + SyncWorld.email(i), "first_name: - -> First" + i,
                    "last_name: - -> Last" + i, "job_title: - -> " + title(i)));
            e.add("procore|create|" + SyncWorld.employeeId(i) + "|" + changes("email_address: - -> " + SyncWorld.email(i),
                    "first_name: - -> First" + i, "last_name: - -> Last" + i, "job_title: - -> " + title(i),
                    "origin_id: - -> " + SyncWorld.employeeId(i)));
            if (engineering(i)) {
                e.add("acc|add-to-project|" + SyncWorld.employeeId(i) + "|" + changes("email: - -> " + SyncWorld.email(i),
                        "products: - -> build:member;docs:member"));
            }
        }
        for (int k = 1; k <= 3; k++) {
            for (String platform : List.of("bim360", "acc", "procore")) {
                e.add(platform + "|unmanaged|c" + k + "@contractor.example|");
            }
        }
        return e;
    }

    private static String changes(String... changes) {
        return new TreeSet<>(List.of(changes)).stream().collect(Collectors.joining("; "));
    }

    static List<String> described(List<PlannedAction> actions) {
        return actions.stream().map(a -> a.platform().key() + "|" + a.kind().key() + "|"
                + (a.employeeId() != null ? a.employeeId() : a.email()) + "|"
                + a.changes().stream().map(FieldChange::toString).sorted().collect(Collectors.joining("; ")))
                .toList();
    }

    private static String reason(Plan plan, Platform platform, ActionKind kind, String employeeId) {
        return plan.actions().stream().filter(a -> a.platform() == platform && a.kind() == kind
                && employeeId.equals(a.employeeId())).findFirst().orElseThrow().reason();
    }
}
