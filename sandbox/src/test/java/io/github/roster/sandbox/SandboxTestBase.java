package io.github.roster.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a fresh sandbox (fresh seed state) on a free port before each test and closes it after. The
 * sandbox accepts only the token {@code t} and runs on a {@link MutableClock}.
 */
abstract class SandboxTestBase {

    /** A fixed instant, 20 seconds into a minute, so that rate-limit windows are predictable. */
    static final Instant NOW = Instant.parse("2026-11-23T10:15:20Z");

    protected MutableClock clock;
    protected RosterSandbox sandbox;
    protected SandboxClient client;

    @BeforeEach
    void startSandbox() {
        clock = new MutableClock(NOW);
        sandbox = configure(RosterSandbox.builder().token(SandboxClient.TOKEN).clock(clock)).build().start();
        client = new SandboxClient(sandbox);
    }

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    /** Override to change the sandbox's options. */
    protected RosterSandbox.Builder configure(RosterSandbox.Builder builder) {
        return builder;
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        return client.send(request);
    }

    protected SandboxState state() {
        return sandbox.state();
    }
}
