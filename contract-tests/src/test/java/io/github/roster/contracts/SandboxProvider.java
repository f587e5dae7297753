package io.github.roster.contracts;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import io.github.roster.sandbox.RosterSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A fresh sandbox for each verified interaction, always on the same loopback port so a provider state may
 * replace it (e.g. with a rate-limited one) without moving the verification's target.
 */
final class SandboxProvider implements AutoCloseable {

    /**
     * A frozen clock, so a rate-limit window cannot roll over during an interaction. It stands one second
     * before the minute's end, so a 429 says {@code Retry-After: 1}: Pact's own HTTP client honours the
     * header and waits that long before trying again.
     */
    static final Clock FROZEN = Clock.fixed(Instant.parse("2026-11-23T10:15:59Z"), ZoneOffset.UTC);

    private final int port = freePort();
    private RosterSandbox sandbox;

    void start(PactVerificationContext context) {
        replace(RosterSandbox.builder().clock(FROZEN));
        context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    RosterSandbox current() {
        return sandbox;
    }

    /** Replaces the running sandbox with one built from {@code builder}, on the same port. */
    void replace(RosterSandbox.Builder builder) {
        close();
        sandbox = builder.port(port).build().start();
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
