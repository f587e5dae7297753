package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

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
}
