package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exit codes after a signal are documented, and are what a stopped run really exits with. */
class SignalExitCodesTest {

    @Test
    void theHelpDocumentsTheSignalExitCodes() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.out()).contains("exits 130 (SIGINT, Ctrl-C) or 143 (SIGTERM)");
    }

    @Test
    void aRunStoppedBySigtermExitsWithTheDocumentedCode() throws Exception {
        Process p = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RosterCli.class.getName(), "sandbox", "--port", "0"))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // wait until it runs: the sandbox prints its address once listening
            while ((line = out.readLine()) != null && !line.contains("listening on")) {
                assertThat(p.isAlive()).as(line).isTrue();
            }
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }

        assertThat(p.exitValue()).isEqualTo(ExitCodes.TERMINATED);
    }
}
