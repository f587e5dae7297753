package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.client.procore.model.CompanyUserUpdate;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.SyncInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a plan's journal and audit log. */
class ApplyReportTest {

    @TempDir
    Path dir;

    @Test
    void beforeAnyRunEveryWriteIsNotStarted() {
        Plan plan = HandMadePlans.scenario(2, dir.resolve("state.json"));
        Path file = dir.resolve("plan.json");
        PlanJson.write(plan, file);

        ApplyReport report = ApplyReport.read(file);

        assertThat(report.entries()).hasSize(plan.writeActions().size())
                .allSatisfy(e -> assertThat(e.state()).isEqualTo(ApplyReport.NOT_STARTED));
    }

    @Test
    void afterARunItShowsEachOutcomeWithReasonsAndRequestIds() throws Exception {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start();
             SandboxClients clients = new SandboxClients(sandbox)) {
            Plan plan = HandMadePlans.scenario(1, dir.resolve("state.json"));
            Path file = dir.resolve("plan.json");
            PlanJson.write(plan, file);
            clients.procore.updateCompanyUser(8089L, Long.parseLong(HandMadePlans.PROCORE_ANN_LEE),
                    new CompanyUserUpdate().lastName("Lee").emailAddress("ann.lee@example.com").jobTitle("Director"));
            clients.applier(new ApplyOptions(Duration.ofSeconds(2), Duration.ofMillis(100), false)).apply(plan, file);

            ApplyReport report = ApplyReport.read(file);

            assertThat(report.counts()).containsEntry("applied", plan.writeActions().size() - 1).containsEntry("stale", 1);
            ApplyReport.Entry stale = report.entries().stream().filter(e -> e.state().equals("stale")).findFirst()
                    .orElseThrow();
            assertThat(stale.reason()).contains("job_title");
            assertThat(report.entries()).filteredOn(e -> e.action().kind().key().equals("deactivate"))
                    .allSatisfy(e -> assertThat(e.requestIds()).isNotEmpty());

            Files.writeString(SyncApplier.journalFile(file), "{\"identity\":{\"plan_digest\":\"other\"}}\n");
            assertThatThrownBy(() -> ApplyReport.read(file)).isInstanceOf(SyncInputException.class)
                    .hasMessageContaining("another plan");
        }
    }
}
