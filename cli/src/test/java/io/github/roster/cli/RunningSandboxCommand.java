package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code roster sandbox ...} running on its own thread until {@link #stop()}, with the URL it printed. */
final class RunningSandboxCommand {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final Thread thread;
    private final AtomicInteger exit = new AtomicInteger(-1);
    private final String baseUrl;

    private RunningSandboxCommand(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        thread = new Thread(() -> exit.set(RosterCli.run(args,
                new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of()))));
        thread.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String base = null;
        while (base == null && Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                base = m.group(1);
            } else {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
        assertThat(base).as("the sandbox printed its URL").isNotNull();
        this.baseUrl = base;
    }

    /** Starts {@code roster} with these arguments (a sandbox command) and waits for its URL. */
    static RunningSandboxCommand start(String... args) {
        return new RunningSandboxCommand(args);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Interrupts the command, as Ctrl-C does, and returns its exit code. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(30_000);
        return exit.get();
    }
}
