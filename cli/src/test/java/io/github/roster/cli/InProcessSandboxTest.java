package io.github.roster.cli;

import io.github.roster.sandbox.RosterSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-process sandbox on a free loopback port for every test of a CLI command test class. */
abstract class InProcessSandboxTest {

    /** The running sandbox. */
    RosterSandbox sandbox;
    /** Its base URL, for {@code --base-url}. */
    String base;

    /** The only bearer token the sandbox accepts; {@code null} accepts any. */
    String sandboxToken() {
        return "cli-token";
    }

    @BeforeEach
    final void startSandbox() {
        sandbox = RosterSandbox.builder().port(0).token(sandboxToken()).build().start();
        base = sandbox.baseUrl().toString();
    }

    @AfterEach
    final void stopSandbox() {
        sandbox.close();
    }
}
