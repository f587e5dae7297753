package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A huge CSV validates in a small heap: the duplicate-e-mail check keeps 8 bytes a row, not every e-mail, and
 * still names a planted repeat by its line. Runs {@code roster} in a child JVM with a capped heap. The ten-million
 * row run takes minutes: it is in the {@code large-input} profile ({@code ./mvnw -Plarge-input -pl cli test}).
 */
class HugeCsvDryRunTest {

    private static final String PROJECT = SandboxSeed.ACC_PROJECT_ID;

    @TempDir
    Path dir;

    private RosterSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = RosterSandbox.builder().port(0).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aMillionRowsValidateIn64MegabytesAndARepeatedEmailIsNamedByLine() throws Exception {
        dryRunFindsThePlantedRepeat(1_000_000, "64m");
    }

    @Test
    @Tag("large-input")
    void tenMillionRowsValidateIn256MegabytesAndARepeatedEmailIsNamedByLine() throws Exception {
        dryRunFindsThePlantedRepeat(10_000_000, "256m");
    }

    private void dryRunFindsThePlantedRepeat(int rows, String heap) throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int first = random.nextInt(rows / 2);
        int repeat = rows / 2 + random.nextInt(rows / 2);
        Path csv = csv(rows, first, repeat);
        Path log = dir.resolve("dry-run.log");

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", classpath(), RosterCli.class.getName(),
                "acc", "import-users", "--base-url", sandbox.baseUrl().toString(), "--token", "t",
                "--project", PROJECT, "--csv", csv.toString(), "--dry-run")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(30, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        String context = "seed " + seed + ", rows " + rows + ", -Xmx" + heap + ":\n" + output;

        assertThat(ended).as(context).isTrue();
        assertThat(process.exitValue()).as(context).isEqualTo(2);
        assertThat(output).as(context)
                .contains("1 invalid field in " + csv + ", nothing was sent")
                .contains("line " + (repeat + 2) + ": users[" + repeat + "].email: the same e-mail as users["
                        + first + "]");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    /** Every row valid and distinct but {@code repeat}, which repeats row {@code first}'s e-mail in capitals. */
    private Path csv(int rows, int first, int repeat) throws IOException {
        Path file = dir.resolve("users-" + rows + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("email,firstName,lastName,companyId,roleIds,products\n");
            for (int i = 0; i < rows; i++) {
                String email = i == repeat ? email(first).toUpperCase(Locale.ROOT) : email(i);
                w.write(email + ",First,Last" + i + ",,,docs:member\n");
            }
        }
        return file;
    }

    private static String email(int row) {
        return "person." + row + "@example.com";
    }

    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
