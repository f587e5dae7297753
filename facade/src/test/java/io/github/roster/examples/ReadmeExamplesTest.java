package io.github.roster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.UserStatus;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxSeed;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs README.md's examples against the sandbox and checks README.md shows them verbatim. */
class ReadmeExamplesTest {

    private static final String TOKEN = "readme-token";
    private static RosterSandbox sandbox;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = RosterSandbox.builder().port(0).token(TOKEN).build().start();
        base = sandbox.baseUrl().toString();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void bim360ExampleDeactivatesTheUser() {
        assertThat(ReadmeExamples.bim360(base, TOKEN).getStatus()).isEqualTo(UserStatus.INACTIVE.getValue());
        assertThat(sandbox.state().bim360User(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID)
                .get("status").asText()).isEqualTo("inactive");
    }

    @Test
    void accExampleImportsEveryUserInRequestsOf200() {
        List<String> emails = IntStream.range(0, 450).mapToObj(i -> "readme" + i + "@example.com").toList();
        assertThat(ReadmeExamples.accImport(base, TOKEN, emails).allAccepted()).isTrue();
        assertThat(sandbox.state().accImportedEmails(SandboxSeed.ACC_PROJECT_ID)).containsAll(emails);
    }

    @Test
    void procoreExampleUpdatesTheUserWithAnAvatar() throws IOException {
        Path photo = dir.resolve("photo.jpg");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        assertThat(ReadmeExamples.procore(base, TOKEN, photo).getStateCode()).isEqualTo("CA");
        assertThat(sandbox.state().procoreAvatar(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_USER_ID))
                .hasValueSatisfying(a -> assertThat(a.contentType()).isEqualTo("image/jpeg"));
    }

    @Test
    void errorsExampleReportsTheBadFields() {
        try (AutodeskAccountAdminClient autodesk = AutodeskAccountAdminClient.builder().baseUrl(base)
                .tokenProvider(TokenProvider.of(TOKEN)).build()) {
            assertThat(ReadmeExamples.errors(autodesk)).isEqualTo("user_id");
        }
    }

    @ParameterizedTest
    @CsvSource({"ReadmeExamples, imports", "ReadmeExamples, bim360", "ReadmeExamples, acc", "ReadmeExamples, procore", "ReadmeExamples, errors",
        "ProcoreLifecycleReadmeExample, procore-lifecycle"})
    void readmeShowsTheExampleVerbatim(String file, String tag) throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/github/roster/examples/" + file + ".java"));
        Matcher m = Pattern.compile("// tag::" + tag + "\\[]\\n(.*?)\\n\\s*// end::" + tag + "\\[]", Pattern.DOTALL)
                .matcher(source);
        assertThat(m.find()).as("tag " + tag).isTrue();
        String snippet = dedent(m.group(1));
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).as("README.md shows the %s example exactly as tested", tag).contains(snippet);
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
    }
}
