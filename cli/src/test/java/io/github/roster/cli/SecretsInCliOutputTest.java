package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token given on the command line is never printed: not by TRACE logging, not by a usage error. */
class SecretsInCliOutputTest {

    private static final String TOKEN = "cli-secret-token-4711";

    @Test
    void traceLoggingNeverPrintsTheBearerToken() throws Exception {
        try (RosterSandbox sandbox = RosterSandbox.builder().port(0).build().start()) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
                    "-cp", System.getProperty("java.class.path"),
                    RosterCli.class.getName(),
                    "bim360", "get-user", "--base-url", sandbox.baseUrl().toString(), "--token", TOKEN,
                    "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user", SandboxSeed.BIM360_USER_ID));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(output);
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String all = output.toString(StandardCharsets.UTF_8);

            assertThat(p.exitValue()).as(all).isZero();
            assertThat(all).contains("TRACE io.github.roster.wire").doesNotContain(TOKEN);
        }
    }

    @Test
    void anUnknownOptionDoesNotEchoTheTokenValue() {
        Cli.Result r = Cli.run("bim360", "get-user", "--token", TOKEN, "--account", SandboxSeed.BIM360_ACCOUNT_ID,
                "--user", SandboxSeed.BIM360_USER_ID, "--no-such-option", "value");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option").doesNotContain(TOKEN);
        assertThat(r.out()).doesNotContain(TOKEN);
    }

    @Test
    void anUnknownCommandDoesNotEchoTheTokenValue() {
        Cli.Result r = Cli.run("bim360", "no-such-command", "--token=" + TOKEN);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).doesNotContain(TOKEN);
    }
}
