package io.github.roster.contracts;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays every interaction of a provider's pact against a fresh sandbox. Subclasses name the provider
 * ({@code @Provider}, {@code @PactFolder}) and hold its {@code @State} handlers.
 */
abstract class SandboxProviderVerification {

    final SandboxProvider provider = new SandboxProvider();

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
}
