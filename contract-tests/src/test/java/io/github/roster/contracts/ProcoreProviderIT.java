package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.roster.sandbox.SandboxSeed;

/** The Procore pact, verified against the sandbox. */
@Provider(Contracts.PROCORE)
@PactFolder("target/pacts")
class ProcoreProviderIT extends SandboxProviderVerification {

    @State(ProcorePactTest.USER_EXISTS)
    void userExists() {
        assertThat(provider.current().state().procoreUser(ProcorePactTest.COMPANY, ProcorePactTest.USER)
                .path("email_address").asText()).isEqualTo("john.smith@example.com");
    }

    @State("company user " + ProcorePactTest.OTHER + " exists and john.smith@example.com belongs to user "
            + ProcorePactTest.USER)
    void emailBelongsToAnotherUser() {
        userExists();
        assertThat(provider.current().state().procoreUser(ProcorePactTest.COMPANY, ProcorePactTest.OTHER)
                .isMissingNode()).isFalse();
    }

    private com.fasterxml.jackson.databind.JsonNode procoreUser(long id) {
        return provider.current().state().procoreUser(ProcorePactTest.COMPANY, id);
    }

    @State(ProcorePactTest.FOUR_ACTIVE)
    void fourActiveUsers() {
        for (long id : new long[] {ProcorePactTest.USER, ProcorePactTest.OTHER, SandboxSeed.PROCORE_ANN_LEE_ID,
                SandboxSeed.PROCORE_JOANN_LEE_ID}) {
            assertThat(procoreUser(id).path("is_active").asBoolean()).as("user %d is active", id).isTrue();
        }
        inactiveUserExists();
    }

    @State(ProcorePactTest.INACTIVE_EXISTS)
    void inactiveUserExists() {
        assertThat(procoreUser(ProcorePactTest.INACTIVE).path("is_active").asBoolean(true)).isFalse();
    }

    @State(ProcorePactTest.JANE_IS_NEW)
    void janeIsNew() {
        for (long id : new long[] {ProcorePactTest.USER, ProcorePactTest.OTHER, ProcorePactTest.INACTIVE,
                SandboxSeed.PROCORE_ANN_LEE_ID, SandboxSeed.PROCORE_JOANN_LEE_ID}) {
            assertThat(procoreUser(id).path("email_address").asText()).isNotEqualToIgnoringCase("jane.doe@example.com");
        }
    }

    @State(ProcorePactTest.SYNC_STATE)
    void syncState() {
        assertThat(procoreUser(999999L).isMissingNode()).isTrue();
    }
}
