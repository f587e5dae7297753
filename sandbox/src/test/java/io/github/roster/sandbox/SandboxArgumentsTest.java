package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The command line of {@code RosterSandbox.main}. */
class SandboxArgumentsTest {

    @Test
    void defaultsAreAFreePortAndNoLimits() {
        assertThat(SandboxArguments.parse()).isEqualTo(new SandboxArguments(0, 0, false, null, 0.0, List.of(), null, null, null, false));
    }

    @Test
    void everyOptionIsRead() {
        assertThat(SandboxArguments.parse("--port", "8085", "--rate-limit", "100", "--token", "secret",
                "--fault-rate", "0.1", "--seed", "world.json"))
                .isEqualTo(new SandboxArguments(8085, 100, false, "secret", 0.1, List.of(), Path.of("world.json"), null, null, false));
    }

    @Test
    void vendorRateLimitsAreAValueOfRateLimit() {
        assertThat(SandboxArguments.parse("--rate-limit", "vendor"))
                .isEqualTo(new SandboxArguments(0, 0, true, null, 0.0, List.of(), null, null, null, false));
        assertThatThrownBy(() -> SandboxArguments.parse("--rate-limit", "vendors"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendors");
    }

    @Test
    void vendorRateLimitsConfigureTheBuilder() {
        try (RosterSandbox sandbox = SandboxArguments.parse("--rate-limit", "vendor")
                .configure(RosterSandbox.builder()).clock(Clock.fixed(Instant.parse("2026-11-23T10:15:20Z"), ZoneOffset.UTC))
                .build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            String path = SandboxClient.procoreUserPath(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_USER_ID);
            assertThat(client.send(client.json("GET", path, "")).headers().firstValue("X-Rate-Limit-Limit"))
                    .hasValue("3600");
        }
    }

    @Test
    void clientCredentialsAreReadAsAPair() {
        assertThat(SandboxArguments.parse("--client-id", "app", "--client-secret", "s3cret"))
                .isEqualTo(new SandboxArguments(0, 0, false, null, 0.0, List.of(), null, "app", "s3cret", false));
        assertThatThrownBy(() -> SandboxArguments.parse("--client-secret", "s3cret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--client-id");
    }

    @Test
    void helpIsRecognised() {
        assertThat(SandboxArguments.parse("--help").help()).isTrue();
    }

    @Test
    void unknownOptionIsRefused() {
        assertThatThrownBy(() -> SandboxArguments.parse("--verbose", "yes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--verbose");
    }

    @Test
    void missingValueIsRefused() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port");
    }

    @Test
    void nonNumericPortIsRefused() {
        assertThatThrownBy(() -> SandboxArguments.parse("--port", "eighty"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eighty");
    }

    @Test
    void argumentsConfigureTheBuilder() {
        try (RosterSandbox sandbox = SandboxArguments.parse("--rate-limit", "1", "--token", "x")
                .configure(RosterSandbox.builder()).clock(Clock.fixed(Instant.parse("2026-11-23T10:15:20Z"), ZoneOffset.UTC))
                .build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            String path = SandboxClient.bim360UserPath(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID);
            assertThat(client.send(client.json("PATCH", path, "{}")).statusCode()).isEqualTo(401);
            assertThat(client.send(client.json("PATCH", path, "{}")).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void faultsAreNamedCommaSeparatedOrRepeated() {
        assertThat(SandboxArguments.parse("--fault-rate", "0.2", "--fault", "unavailable,too-many-requests",
                "--fault", "drop-after-processing").faults())
                .containsExactly(SandboxFault.UNAVAILABLE, SandboxFault.TOO_MANY_REQUESTS,
                        SandboxFault.DROP_AFTER_PROCESSING);
        assertThatThrownBy(() -> SandboxArguments.parse("--fault-rate", "0.2", "--fault", "dropped"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'dropped'").hasMessageContaining("drop-after-processing");
        assertThatThrownBy(() -> SandboxArguments.parse("--fault", "unavailable"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--fault-rate");
    }
}
