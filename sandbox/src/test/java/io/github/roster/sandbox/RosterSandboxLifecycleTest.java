package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** Start, base URL, fixed or free port, close, and the builder's argument checks. */
class RosterSandboxLifecycleTest {

    @Test
    void servesOnLoopbackAtAFreePort() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            assertThat(sandbox.port()).isPositive();
            assertThat(sandbox.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + sandbox.port());
        }
    }

    @Test
    void servesOnAFixedPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (RosterSandbox sandbox = RosterSandbox.builder().port(port).build().start()) {
            assertThat(sandbox.baseUrl().getPort()).isEqualTo(port);
        }
    }

    @Test
    void closeReleasesThePortAndIsIdempotent() {
        RosterSandbox sandbox = RosterSandbox.builder().build().start();
        SandboxClient client = new SandboxClient(sandbox);
        sandbox.close();
        sandbox.close();
        assertThatThrownBy(() -> client.send(client.request("/").method("GET", HttpRequest.BodyPublishers.noBody())))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(sandbox::baseUrl).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startingTwiceIsRefused() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            assertThatThrownBy(sandbox::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void baseUrlNeedsAStartedSandbox() {
        assertThatThrownBy(() -> RosterSandbox.builder().build().baseUrl()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builderRefusesBadOptions() {
        assertThatThrownBy(() -> RosterSandbox.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RosterSandbox.builder().token(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RosterSandbox.builder().rateLimitPerMinute(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RosterSandbox.builder().faultRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RosterSandbox.builder().clock(null)).isInstanceOf(NullPointerException.class);
    }
}
