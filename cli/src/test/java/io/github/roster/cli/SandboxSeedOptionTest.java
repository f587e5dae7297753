package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxSeedOptionTest {

    @TempDir
    Path dir;

    @Test
    void theSandboxServesTheWorldOfItsSeedFile() throws Exception {
        Path seed = dir.resolve("world.json");
        Files.writeString(seed, """
                {"autodesk": {"accounts": []},
                 "procore": {"companies": [{"id": 4242, "users": [
                   {"id": 77, "last_name": "Seeded", "email_address": "seeded@example.com", "is_active": true}]}]}}""");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> exit.set(RosterCli.run(
                new String[] {"sandbox", "--port", "0", "--seed", seed.toString()},
                new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of()))));
        server.start();
        Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String base = null;
        while (base == null && Instant.now().isBefore(deadline)) {
            Matcher m = listening.matcher(out.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                base = m.group(1);
            } else {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
        assertThat(base).as("the sandbox printed its URL").isNotNull();

        Cli.Result r = Cli.run("procore", "list-users", "--base-url", base, "--token", "t", "--company", "4242",
                "--output", "ndjson");

        server.interrupt();
        server.join(30_000);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).contains("\"id\":77", "seeded@example.com");
        assertThat(exit.get()).isZero();
    }

    @Test
    void anUnreadableSeedIsInvalidInput() {
        Cli.Result r = Cli.run("sandbox", "--port", "0", "--seed", dir.resolve("missing.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--seed");
    }
}
