package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        RunningSandboxCommand sandbox = RunningSandboxCommand.start("sandbox", "--port", "0", "--seed", seed.toString());

        Cli.Result r = Cli.run("procore", "list-users", "--base-url", sandbox.baseUrl(), "--token", "t", "--company", "4242",
                "--output", "ndjson");

        int exit = sandbox.stop();
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).contains("\"id\":77", "seeded@example.com");
        assertThat(exit).isZero();
    }

    @Test
    void anUnreadableSeedIsInvalidInput() {
        Cli.Result r = Cli.run("sandbox", "--port", "0", "--seed", dir.resolve("missing.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--seed");
    }
}
