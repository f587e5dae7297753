package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ACC pact, verified against the sandbox. */
@Provider(Contracts.ACC)
@PactFolder("target/pacts")
class AccProviderIT {

    private final SandboxProvider provider = new SandboxProvider();

    @BeforeEach
    void start(PactVerificationContext context) {
        provider.start(context);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State(AccPactTest.PROJECT_EXISTS)
    void projectExists() {
        assertThat(provider.current().state().accImports(AccPactTest.PROJECT)).isEmpty();
    }
}
