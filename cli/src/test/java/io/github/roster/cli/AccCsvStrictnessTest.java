package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.SandboxSeed;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a malformed import CSV gets: exit 2, the line named, nothing sent; a UTF-8 BOM is accepted. */
class AccCsvStrictnessTest extends InProcessSandboxTest {

    private static final String HEADER = "email,firstName,lastName,companyId,roleIds,products";
    private static final String ROW = "a@example.com,A,B,,,docs:member";

    @TempDir
    Path dir;

    @Override
    String sandboxToken() {
        return null;
    }

    private Cli.Result dryRun(byte[] content) throws Exception {
        Path file = dir.resolve("users.csv");
        Files.write(file, content);
        return Cli.run("acc", "import-users", "--base-url", base, "--token", "t", "--project",
                SandboxSeed.ACC_PROJECT_ID, "--csv", file.toString(), "--dry-run");
    }

    private Cli.Result dryRun(String content) throws Exception {
        return dryRun(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Cli.Result r = dryRun("\uFEFF" + HEADER + "\n" + ROW + "\n");

        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void invalidUtf8NamesTheLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\n" + ROW + "\nb@example.com,").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lead byte without its continuation
        bytes.write('x');
        bytes.writeBytes(",B,,,docs:member\n".getBytes(StandardCharsets.UTF_8));

        Cli.Result r = dryRun(bytes.toByteArray());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 3").contains("not valid UTF-8");
    }

    @Test
    void invalidUtf8FarIntoTheFileNamesItsLineAndNothingIsSent() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5000; i++) { // far past the reader's first buffers: found while reading, not up front
            bytes.writeBytes(ROW.replace("a@", "a" + i + "@").concat("\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("b@example.com,".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE2); // a three-byte lead, cut short
        bytes.write(0x82);
        bytes.writeBytes(",B,,,docs:member\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("users.csv");
        Files.write(file, bytes.toByteArray());

        Cli.Result r = Cli.run("acc", "import-users", "--base-url", base, "--token", "t", "--project",
                SandboxSeed.ACC_PROJECT_ID, "--csv", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 5002 is not valid UTF-8");
        assertThat(sandbox.receivedRequests()).as("nothing sent").isEmpty();
    }

    @Test
    void invalidUtf8InTheHeaderNamesLineOne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("email,first".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(("Name,lastName,companyId,roleIds,products\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8));

        Cli.Result r = dryRun(bytes.toByteArray());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 1 is not valid UTF-8");
    }

    @Test
    void aBadIdRepeatedOnManyRowsIsNamedOnEachWhileAGoodOneIsReadOnEach() throws Exception {
        String good = "c32ffb13-83f8-43fb-bddf-3e5c0c2dda24";
        Cli.Result r = dryRun(HEADER + "\n"
                + "a@example.com,A,B," + good + ",not-an-id,docs:member\n"
                + "b@example.com,A,B," + good + ",not-an-id,docs:member\n"
                + "c@example.com,A,B,b." + good + ",not-an-id;also-not,docs:member\n");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 2: users[0].roleIds[0]").contains("line 3: users[1].roleIds[0]")
                .contains("line 4: users[2].roleIds[0]").contains("line 4: users[2].roleIds[1]")
                .doesNotContain("companyId").contains("4 invalid fields");
    }

    @Test
    void aDuplicateHeaderIsRefused() throws Exception {
        Cli.Result r = dryRun("email,email,products\na@example.com,b@example.com,docs:member\n");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("duplicate column [email]");
    }

    @Test
    void rowsWithMoreOrFewerCellsThanTheHeaderAreRefusedByLine() throws Exception {
        Cli.Result r = dryRun(HEADER + "\n" + ROW + "\nb@example.com,A,B\n" + ROW.replace("a@", "c@") + ",extra\n");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 3: users[1]: has 3 cells; the header has 6")
                .contains("line 4: users[2]: has 7 cells; the header has 6")
                .contains("nothing was sent");
    }

    @Test
    void anUnterminatedQuoteIsInvalidInputWithItsLine() throws Exception {
        Cli.Result r = dryRun(HEADER + "\n" + ROW + "\nb@example.com,\"A,B,,,docs:member\n");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 3").contains("quote");
    }
}
