package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The ACC pact, verified against the sandbox. */
@Provider(Contracts.ACC)
@PactFolder("target/pacts")
class AccProviderIT extends SandboxProviderVerification {

    @State(AccPactTest.PROJECT_EXISTS)
    void projectExists() {
        assertThat(provider.current().state().accImports(AccPactTest.PROJECT)).isEmpty();
    }
}
