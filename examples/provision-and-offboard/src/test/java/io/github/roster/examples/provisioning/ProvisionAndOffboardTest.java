package io.github.roster.examples.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AccountUserDeactivation;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example runs end to end on the embedded sandbox, and what it says happened did happen. */
class ProvisionAndOffboardTest {

    @Test
    void mainProvisionsThenOffboardsOnTheEmbeddedSandbox() {
        assertThat(System.getenv("ROSTER_AUTODESK_CLIENT_ID"))
                .as("this test must not reach a vendor: unset ROSTER_AUTODESK_CLIENT_ID").isNull();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ProvisionAndOffboard.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("embedded sandbox at http://127.0.0.1:")
                .contains("BIM 360: created account user").contains("Procore: created company user")
                .contains("Read back: ACC member deleted, BIM 360 NOT_DEACTIVATABLE, Procore active=false");
    }

    @Test
    void theSandboxHoldsWhatTheExampleReports() {
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).token("t").build().start();
             AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder()
                     .baseUrl(sandbox.baseUrl().toString()).tokenProvider(TokenProvider.of("t")).build();
             ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder()
                     .baseUrl(sandbox.baseUrl().toString()).tokenProvider(TokenProvider.of("t")).build()) {
            String email = "new.hire@example.com";
            ProvisionAndOffboard.Offboarded result = ProvisionAndOffboard.run(new ProvisionAndOffboard.Target(
                    autodesk, procore, SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.ACC_PROJECT_ID,
                    SandboxSeed.PROCORE_COMPANY_ID, email), new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8));

            assertThat(result.accStatus()).isEqualTo("deleted");
            assertThat(result.bim360()).as("a never-invited user keeps its status; its memberships are removed")
                    .isEqualTo(AccountUserDeactivation.Kind.NOT_DEACTIVATABLE);
            assertThat(result.procoreActive()).isFalse();
            long id = procore.findCompanyUsersByEmail(SandboxSeed.PROCORE_COMPANY_ID, email).get(0).user().getId();
            CompanyUser stored = procore.showCompanyUser(SandboxSeed.PROCORE_COMPANY_ID, id);
            assertThat(stored.getIsActive()).isFalse();
        }
    }
}
