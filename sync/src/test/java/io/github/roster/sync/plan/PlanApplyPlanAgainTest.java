package io.github.roster.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxFault;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.apply.ActionOutcome;
import io.github.roster.sync.apply.ApplyOptions;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.apply.SyncApplier;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.config.SyncConfigReader;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrExportReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan, apply against a sandbox that injects faults (503s, 429s, connections dropped after the request was
 * processed), run apply again until it reports everything applied, plan again: the second plan has no write
 * action, so every target matches HR; and every joiner is present exactly once.
 */
class PlanApplyPlanAgainTest {

    private static final int PEOPLE = 40;
    private static final Set<Integer> LEAVERS = Set.of(1, 2, 3);
    private static final int MOVER_OUT = 12;
    private static final int MOVER_IN = 13;
    private static final int TITLE_CHANGE = 20;
    private static final int REACTIVATED = 22;
    private static final int FIRST_JOINER = 41;
    private static final int LAST_JOINER = 52;

    @TempDir
    Path dir;

    private static boolean engineering(int i) {
        return i % 2 == 0;
    }

    private static String title(int i) {
        return engineering(i) ? "Engineer" : "Seller";
    }

    @Test
    void withFaultsApplyEndsWithEveryTargetMatchingHrAndTheNextPlanEmpty() {
        long seed = Long.getLong("roster.faultSeed", System.nanoTime());
        SyncWorld w = new SyncWorld();
        for (int i = 1; i <= PEOPLE; i++) {
            w.bim360("p" + i, SyncWorld.email(i), "First" + i, "Last" + i, title(i), i == REACTIVATED ? "inactive" : "active");
            if (engineering(i)) {
                w.member(SyncWorld.email(i), "active", "docs:member", "build:member");
            }
            w.procore(i, SyncWorld.email(i), "First" + i, "Last" + i, title(i), SyncWorld.employeeId(i), i != REACTIVATED);
        }
        w.bim360("c1", "c1@contractor.example", "Con", "Tractor", null, "active");
        for (int i = 1; i <= LAST_JOINER; i++) {
            if (i > PEOPLE && i < FIRST_JOINER) {
                continue;
            }
            boolean eng = i == MOVER_OUT ? false : i == MOVER_IN || engineering(i);
            w.hr(SyncWorld.employeeId(i), SyncWorld.email(i), "First" + i, "Last" + i, LEAVERS.contains(i) ? "terminated" : "active",
                    eng ? "Engineering" : "Sales", i == TITLE_CHANGE ? "Lead Engineer" : title(i));
        }
        Path seedFile = w.writeSeed(dir);
        SyncConfig config = SyncConfigReader.parse("""
                hr: {key: employee_id, active: [active]}
                bim360: {account: b.%s}
                acc:
                  projects:
                    - id: %s
                      members: {department: Engineering}
                      products: "docs:member;build:member"
                procore: {company: %d, origin_id: employee_id}
                safety: {max_deactivations: 20, max_deactivation_percent: 100}
                state: state.json
                """.formatted(SyncWorld.ACCOUNT, SyncWorld.PROJECT, SyncWorld.COMPANY)
                .getBytes(StandardCharsets.UTF_8), "sync.yaml", dir);
        HrExport hr = new HrExportReader(config.hr()).read(w.writeHr(dir));
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).token(SyncWorld.TOKEN).seed(seedFile)
                .faultRate(0.1).faultSeed(seed)
                .faults(SandboxFault.UNAVAILABLE, SandboxFault.TOO_MANY_REQUESTS, SandboxFault.DROP_AFTER_PROCESSING)
                .build().start();
             AutodeskAccountAdminClient autodesk = SyncWorld.autodesk(sandbox);
             ProcoreDirectoryClient procore = SyncWorld.procore(sandbox)) {
            SyncPlanner planner = new SyncPlanner(autodesk, procore);
            Plan plan = planner.plan(config, hr, SyncState.read(config.statePath()), OptionalInt.empty());
            assertThat(plan.writeActions()).as("fault seed " + seed).hasSizeGreaterThan(20);
            Path file = dir.resolve("plan.json");
            PlanJson.write(plan, file);
            SyncApplier applier = new SyncApplier(autodesk, procore,
                    new ApplyOptions(Duration.ofSeconds(5), Duration.ofMillis(200), false));

            ApplyResult result = null;
            for (int run = 0; run < 6 && (result == null || !result.complete()); run++) {
                result = applier.apply(PlanJson.read(file), file);
                assertThat(result.any(ActionOutcome.STALE)).as("fault seed " + seed + ": " + result.results())
                        .isFalse();
            }

            assertThat(result.complete()).as("fault seed " + seed + ": " + result.counts()).isTrue();
            Plan again = planner.plan(config, hr, SyncState.read(config.statePath()), OptionalInt.empty());
            assertThat(again.writeActions()).as("fault seed " + seed).isEmpty();
            Map<String, Integer> bim360 = count(autodesk.listAccountUsers(SyncWorld.ACCOUNT), AccountUser::getEmail);
            Map<String, Integer> company = count(procore.listAllCompanyUsers(SyncWorld.COMPANY),
                    CompanyUser::getEmailAddress);
            Map<String, Integer> imported = count(sandbox.state().accImportedEmails(SyncWorld.PROJECT), e -> e);
            for (int i = FIRST_JOINER; i <= LAST_JOINER; i++) {
                assertThat(bim360.get(SyncWorld.email(i))).as("fault seed " + seed + ": " + SyncWorld.email(i)).isEqualTo(1);
                assertThat(company.get(SyncWorld.email(i))).as("fault seed " + seed + ": " + SyncWorld.email(i)).isEqualTo(1);
                assertThat(imported.getOrDefault(SyncWorld.email(i), 0)).as("fault seed " + seed + ": " + SyncWorld.email(i))
                        .isEqualTo(engineering(i) ? 1 : 0);
            }
            assertThat(SyncState.read(config.statePath()).lastHrPeople()).isEqualTo(hr.people().size());
        }
    }

    private static <T> Map<String, Integer> count(Iterable<T> items, Function<T, String> email) {
        Map<String, Integer> counts = new HashMap<>();
        for (T item : items) {
            if (email.apply(item) != null) {
                counts.merge(email.apply(item).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }
}
