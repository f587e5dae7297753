package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token can stay out of {@code ps}: {@code --token-file FILE} and {@code --token -} (standard input). */
class TokenInputTest {

    private static final String TOKEN = "file-token-0815";

    @TempDir
    Path dir;

    private RosterSandbox sandbox;
    private String base;

    @BeforeEach
    void start() {
        // the sandbox accepts this token only: a call succeeds only when the CLI sent it
        sandbox = RosterSandbox.builder().port(0).token(TOKEN).build().start();
        base = sandbox.baseUrl().toString();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Cli.Result getUser(String... tokenArgs) {
        String[] args = {"bim360", "get-user", "--base-url", base, "--account", SandboxSeed.BIM360_ACCOUNT_ID,
            "--user", SandboxSeed.BIM360_USER_ID};
        String[] all = new String[args.length + tokenArgs.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(tokenArgs, 0, all, args.length, tokenArgs.length);
        return Cli.run(all);
    }

    @Test
    void theTokenIsReadFromAFileWithItsLineBreak() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN + "\n");

        Cli.Result r = getUser("--token-file", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void theTokenIsReadFromStandardInput() {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream((TOKEN + "\r\n").getBytes(StandardCharsets.US_ASCII)));
        try {
            Cli.Result r = getUser("--token", "-");

            assertThat(r.exitCode()).as(r.err()).isZero();
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void aTokenFileWithTwoLinesIsRefusedWithoutQuotingIt() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN + "\nX-Injected: 1\n");

        Cli.Result r = getUser("--token-file", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--token-file").contains("LF").doesNotContain(TOKEN).doesNotContain("Injected");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void bothTokenAndTokenFileAreRefused() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN);

        Cli.Result r = getUser("--token", TOKEN, "--token-file", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not both");
    }

    @Test
    void theHelpSaysHowToKeepTheTokenOutOfPs() {
        Cli.Result r = Cli.run("bim360", "get-user", "--help");

        assertThat(r.out()).contains("--token-file").contains("`--token -`").contains("`ps`");
    }
}
