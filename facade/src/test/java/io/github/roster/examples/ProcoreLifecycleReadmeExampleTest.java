package io.github.roster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import org.junit.jupiter.api.Test;

/** Runs the Procore "Provision and offboard" example of README.md against the sandbox. */
class ProcoreLifecycleReadmeExampleTest {

    @Test
    void findsCreatesOffboardsReactivatesSyncsAndLists() {
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).token("readme").build().start()) {
            var log = ProcoreLifecycleReadmeExample.run(sandbox.baseUrl().toString(), "readme");

            assertThat(log).hasSize(5);
            assertThat(log.get(0)).startsWith("created ");
            assertThat(log.get(1)).isEqualTo("deactivated " + SandboxSeed.PROCORE_ANN_LEE_ID);
            assertThat(log.get(2)).isEqualTo("SYNCED");
            assertThat(log.get(3)).isEqualTo("FAILED: id not found");
            assertThat(log.get(4)).isEqualTo("7 users");
            assertThat(sandbox.state().procoreUser(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_ANN_LEE_ID)
                    .path("is_active").asBoolean()).isTrue();
        }
    }
}
