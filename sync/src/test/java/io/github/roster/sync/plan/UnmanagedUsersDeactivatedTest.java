package io.github.roster.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUser;
import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.apply.ApplyResult;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.config.SyncConfigReader;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrExportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code safety.unmanaged: deactivate} end to end against the sandbox: users HR does not know are planned for
 * deactivation (BIM 360, Procore) and removal (ACC), applied by {@link io.github.roster.sync.apply.SyncApplier},
 * and read back inactive or gone; a pending one is blocked, a protected admin is untouched, and a second plan has
 * nothing to write.
 */
class UnmanagedUsersDeactivatedTest {

    @TempDir
    Path dir;

    @Test
    void usersHrDoesNotKnowEndInactiveOrRemovedAndTheProtectedAdminIsUntouched() throws IOException {
        SyncWorld w = new SyncWorld()
                .bim360("p1", "p1@example.com", "First1", "Last1", "Engineer", "active")
                .bim360("s1", "s1@elsewhere.example", "Str", "Anger", null, "active")
                .bim360("s2", "s2@elsewhere.example", "Pen", "Ding", null, "pending")
                .bim360("root", "root@example.com", "Root", "Admin", null, "active")
                .member("p1@example.com", "active", "docs:member")
                .member("s1@elsewhere.example", "active", "docs:member")
                .member("root@example.com", "active", "docs:administrator")
                .procore(1, "p1@example.com", "First1", "Last1", "Engineer", "E0001", true)
                .procore(2, "s1@elsewhere.example", "Str", "Anger", null, null, true)
                .procore(3, "root@example.com", "Root", "Admin", null, null, true)
                .hr("E0001", "p1@example.com", "First1", "Last1", "active", "Engineering", "Engineer");
        SyncConfig config = SyncConfigReader.parse("""
                bim360: {account: %s}
                acc:
                  projects:
                    - {id: %s, members: {department: Engineering}, products: "docs:member"}
                procore: {company: %d}
                safety:
                  max_deactivations: 10
                  max_deactivation_percent: 100
                  protected: [Root@Example.com]
                  unmanaged: deactivate
                state: state.json
                """.formatted(SyncWorld.ACCOUNT, SyncWorld.PROJECT, SyncWorld.COMPANY)
                .getBytes(StandardCharsets.UTF_8), "sync.yaml", dir);
        HrExport hr = new HrExportReader(config.hr()).read(w.writeHr(dir));
        try (RosterSandbox sandbox = SyncWorld.sandbox(w.writeSeed(dir));
             AutodeskAccountAdminClient autodesk = SyncWorld.autodesk(sandbox);
             ProcoreDirectoryClient procore = SyncWorld.procore(sandbox)) {
            SyncPlanner planner = new SyncPlanner(autodesk, procore);

            Plan plan = planner.plan(config, hr, SyncState.read(config.statePath()), OptionalInt.empty());

            assertThat(plan.actions()).extracting(PlannedAction::id).containsExactlyInAnyOrder(
                    "bim360/" + SyncWorld.ACCOUNT + "/deactivate/user:" + SyncWorld.userId("s1"),
                    "bim360/" + SyncWorld.ACCOUNT + "/blocked/user:" + SyncWorld.userId("s2"),
                    "acc/" + SyncWorld.PROJECT + "/remove-from-project/user:" + SyncWorld.userId("s1"),
                    "procore/" + SyncWorld.COMPANY + "/deactivate/user:" + SyncWorld.procoreId(2));
            assertThat(plan.actions()).filteredOn(a -> a.userId().equals(SyncWorld.userId("s2")))
                    .singleElement().extracting(PlannedAction::reason).asString().contains("pending");

            ApplyResult applied = SyncWorld.apply(autodesk, procore, plan, dir);

            assertThat(applied.complete()).as("%s", applied.results()).isTrue();
            Map<String, String> bim360 = by(autodesk.listAccountUsers(SyncWorld.ACCOUNT), AccountUser::getEmail,
                    AccountUser::getStatus);
            assertThat(bim360).containsEntry("s1@elsewhere.example", "inactive")
                    .containsEntry("s2@elsewhere.example", "pending").containsEntry("root@example.com", "active")
                    .containsEntry("p1@example.com", "active");
            Map<String, String> members = by(autodesk.listProjectUsers(SyncWorld.PROJECT), ProjectUser::getEmail,
                    ProjectUser::getStatus);
            assertThat(members.keySet()).containsExactlyInAnyOrder("p1@example.com", "root@example.com");
            Map<String, String> company = by(procore.listAllCompanyUsers(SyncWorld.COMPANY),
                    CompanyUser::getEmailAddress, u -> String.valueOf(u.getIsActive()));
            assertThat(company).containsEntry("s1@elsewhere.example", "false")
                    .containsEntry("root@example.com", "true").containsEntry("p1@example.com", "true");
            assertThat(Files.readString(config.statePath())).doesNotContain("null")
                    .doesNotContain(SyncWorld.userId("s1"));

            Plan again = planner.plan(config, hr, SyncState.read(config.statePath()), OptionalInt.empty());
            Set<String> writes = new TreeSet<>();
            again.writeActions().forEach(a -> writes.add(a.id()));
            assertThat(writes).isEmpty();
        }
    }

    private static <T> Map<String, String> by(Iterable<T> items, Function<T, String> email,
                                              Function<T, String> value) {
        Map<String, String> out = new HashMap<>();
        items.forEach(i -> out.put(email.apply(i), value.apply(i)));
        return out;
    }
}
