package io.github.roster.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.config.SyncConfigReader;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrExportReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random worlds (seeded; the seed is in every failure message): people in and out of HR, on and off each platform,
 * in every status, with drifted titles, products and e-mail case, a protected admin and strangers. For each: the
 * plan never acts on the protected e-mail, deactivates and removes only leavers and people HR no longer selects,
 * and once the executor has applied it, a second plan has no write actions.
 */
class RandomWorldsIdempotenceTest {

    private static final String[] BIM360_STATUSES = {"active", "active", "active", "inactive", "pending", "not_invited"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Site"};

    @TempDir
    Path dir;

    @Test
    void aPlanWhoseChangesAreMadeIsFollowedByAnEmptyPlan() throws Exception {
        long base = new Random().nextLong();
        int runs = Integer.getInteger("roster.sync.randomWorlds", 4);
        for (int run = 0; run < runs; run++) {
            long seed = base + run;
            Path runDir = Files.createDirectories(dir.resolve("run" + run));
            try {
                check(seed, runDir);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + e, e);
            }
        }
    }

    private void check(long seed, Path runDir) {
        Random random = new Random(seed);
        SyncWorld world = new SyncWorld();
        Map<String, Boolean> leaverByEmail = new HashMap<>();
        int people = 30 + random.nextInt(30);
        for (int i = 1; i <= people; i++) {
            String email = i == 1 ? "admin@example.com" : "r" + i + "@example.com";
            String dept = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            String title = random.nextBoolean() ? "Engineer" : "Lead";
            boolean inHr = random.nextInt(10) < 8;
            boolean leaver = inHr && random.nextInt(4) == 0;
            if (inHr) {
                String hrEmail = random.nextInt(5) == 0 ? email.toUpperCase(Locale.ROOT) : email;
                String hrTitle = random.nextInt(4) == 0 ? "Principal" : title;
                String hrDept = random.nextInt(4) == 0 ? DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] : dept;
                world.hr(String.format("R%03d", i), hrEmail, "F" + i, "L" + i, leaver ? "terminated" : "active",
                        hrDept, hrTitle);
                leaverByEmail.put(email, leaver);
            }
            if (random.nextInt(5) > 0) {
                world.bim360("r" + i, email, "F" + i, "L" + i, title, BIM360_STATUSES[random.nextInt(BIM360_STATUSES.length)]);
                if (random.nextBoolean()) {
                    world.member(email, random.nextInt(6) == 0 ? "pending" : "active",
                            random.nextBoolean() ? new String[] {"docs:member", "build:member"} : new String[] {"docs:member"});
                }
            }
            if (random.nextInt(5) > 0) {
                String origin = inHr && random.nextInt(5) > 0 ? String.format("R%03d", i) : null;
                world.procore(i, email, "F" + i, "L" + i, title, origin, random.nextInt(5) > 0);
            }
        }
        RosterSandbox sandbox = SyncWorld.sandbox(world.writeSeed(runDir));
        try (sandbox; AutodeskAccountAdminClient autodesk = SyncWorld.autodesk(sandbox);
             ProcoreDirectoryClient procore = SyncWorld.procore(sandbox)) {
            SyncConfig config = SyncConfigReader.parse("""
                    bim360: {account: %s}
                    acc:
                      projects:
                        - {id: %s, members: {department: Engineering}, products: "docs:member;build:member"}
                    procore: {company: %d}
                    safety: {max_deactivations: 1000, max_deactivation_percent: 100, protected: [admin@example.com]}
                    state: state.json
                    """.formatted(SyncWorld.ACCOUNT, SyncWorld.PROJECT, SyncWorld.COMPANY)
                    .getBytes(StandardCharsets.UTF_8), "sync.yaml", runDir);
            HrExport hr = new HrExportReader(config.hr()).read(world.writeHr(runDir));
            SyncPlanner planner = new SyncPlanner(autodesk, procore);

            Plan first = planner.plan(config, hr, new SyncState(), OptionalInt.empty());
            for (PlannedAction a : first.actions()) {
                assertThat(a.email()).as("seed %d: %s", seed, a.id()).isNotEqualToIgnoringCase("admin@example.com");
                if (a.kind() == ActionKind.DEACTIVATE) {
                    assertThat(leaverByEmail.get(a.email().toLowerCase(Locale.ROOT)))
                            .as("seed %d: %s deactivates someone HR employs", seed, a.id()).isTrue();
                }
                if (a.kind() == ActionKind.CREATE || a.kind() == ActionKind.REACTIVATE) {
                    assertThat(leaverByEmail.get(a.email().toLowerCase(Locale.ROOT)))
                            .as("seed %d: %s brings a leaver in", seed, a.id()).isFalse();
                }
            }
            ApplyResult applied = SyncWorld.apply(autodesk, procore, first, runDir);
            assertThat(applied.complete()).as("seed %d: %s", seed, applied.results()).isTrue();

            Plan second = planner.plan(config, hr, SyncState.read(config.statePath()), OptionalInt.empty());
            List<String> writes = second.writeActions().stream().map(PlannedAction::id).toList();
            assertThat(writes).as("seed %d: write actions after applying %s", seed,
                    SyncPlannerScenarioTest.described(first.writeActions())).isEmpty();
        }
    }
}
