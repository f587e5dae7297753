package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.sandbox.SandboxSeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named profiles in the config file: base URL and credential variable names from the profile, options over
 * profile values, secrets refused by key and line. Every test names its config file through the environment it
 * passes (ROSTER_CONFIG or XDG_CONFIG_HOME); none reads the real home directory.
 */
class ProfilesTest extends InProcessSandboxTest {

    @TempDir
    Path dir;

    private Path config(String... lines) throws Exception {
        Path f = dir.resolve("config.yaml");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private Cli.Result deactivate(Map<String, String> env, String... extra) {
        String[] base = {"bim360", "update-user", "--account", SandboxSeed.BIM360_ACCOUNT_ID, "--user",
            SandboxSeed.BIM360_USER_ID, "--status", "inactive"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return Cli.run(env, all);
    }

    @Test
    void aNamedProfileGivesTheBaseUrlAndTheNameOfTheTokenVariable() throws Exception {
        Path file = config("profiles:", "  local:", "    base-url: " + base, "    region: EMEA",
                "    autodesk-token-variable: ACME_APS_TOKEN");

        Cli.Result r = deactivate(Map.of("ROSTER_CONFIG", file.toString(), "ACME_APS_TOKEN", "cli-token"),
                "--profile", "local");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sandbox.state().bim360User(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID)
                .get("status").asText()).isEqualTo("inactive");
    }

    @Test
    void roster_profileSelectsAndTheDefaultProfileAppliesUnderXdgConfigHome() throws Exception {
        Path xdg = dir.resolve("xdg");
        Files.createDirectories(xdg.resolve("roster"));
        Files.writeString(xdg.resolve("roster/config.yaml"), String.join("\n", "profiles:",
                "  default:", "    base-url: " + base, "    autodesk-token-variable: DEFAULT_TOKEN",
                "  other:", "    base-url: http://127.0.0.1:1", "    autodesk-token-variable: OTHER_TOKEN", ""));

        Cli.Result byDefault = deactivate(Map.of("XDG_CONFIG_HOME", xdg.toString(), "DEFAULT_TOKEN", "cli-token"));
        Cli.Result byVariable = deactivate(Map.of("XDG_CONFIG_HOME", xdg.toString(), "ROSTER_PROFILE", "other",
                "OTHER_TOKEN", "cli-token", "DEFAULT_TOKEN", "cli-token"), "--max-attempts", "1");

        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(byVariable.exitCode()).as("the other profile's dead base URL").isEqualTo(ExitCodes.NOT_COMPLETED);
    }

    @Test
    void optionsOverrideTheProfile() throws Exception {
        Path file = config("profiles:", "  broken:", "    base-url: http://127.0.0.1:1",
                "    autodesk-token-variable: WRONG_TOKEN");

        Cli.Result r = deactivate(Map.of("ROSTER_CONFIG", file.toString(), "WRONG_TOKEN", "wrong"),
                "--profile", "broken", "--base-url", base, "--token", "cli-token");

        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void aSecretInAProfileIsRefusedByKeyAndLineWithoutEchoingIt() throws Exception {
        Path file = config("profiles:", "  acme:", "    base-url: " + base, "    client_secret: s3cr3t-VALUE-42");

        Cli.Result r = deactivate(Map.of("ROSTER_CONFIG", file.toString()), "--profile", "acme");
        Cli.Result token = deactivate(Map.of("ROSTER_CONFIG", config("profiles:", "  acme:",
                "    token: s3cr3t-VALUE-42").toString()), "--profile", "acme");
        Cli.Result pasted = deactivate(Map.of("ROSTER_CONFIG", config("profiles:", "  acme:",
                "    procore-client-secret-variable: s3cr3t-VALUE-42!").toString()), "--profile", "acme");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 4").contains("profiles.acme.client_secret").contains("never holds a secret")
                .doesNotContain("s3cr3t");
        assertThat(token.err()).contains("line 3").contains("profiles.acme.token").doesNotContain("s3cr3t");
        assertThat(pasted.err()).contains("line 3").contains("name of an environment variable")
                .doesNotContain("s3cr3t");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void anUnknownProfileOrKeyIsNamed() throws Exception {
        Path file = config("profiles:", "  acme:", "    base-url: " + base);
        Cli.Result missing = deactivate(Map.of("ROSTER_CONFIG", file.toString()), "--profile", "nope");
        file = config("profiles:", "  acme:", "    base-url: " + base, "    colour: blue");
        Cli.Result unknownKey = deactivate(Map.of("ROSTER_CONFIG", file.toString()), "--profile", "acme");
        Cli.Result noFile = deactivate(Map.of("ROSTER_CONFIG", dir.resolve("absent.yaml").toString()),
                "--profile", "acme");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("profile nope is not in").contains("[acme]");
        assertThat(unknownKey.err()).contains("line 4").contains("profiles.acme.colour: unknown key");
        assertThat(noFile.err()).contains("profile acme: no config file at");

        file = config("profiles:", "  acme:", "    region: Mars", "    procore-environment: staging");
        Cli.Result badRegion = deactivate(Map.of("ROSTER_CONFIG", file.toString()), "--profile", "acme");
        assertThat(badRegion.exitCode()).isEqualTo(2);
        assertThat(badRegion.err()).contains("line 3").contains("profiles.acme.region: must be one of");
    }

    @Test
    void procoreTakesTheEnvironmentAndTokenVariableFromTheProfile() throws Exception {
        Path file = config("profiles:", "  p:", "    base-url: " + base, "    procore-environment: sandbox",
                "    procore-token-variable: P_TOKEN");

        Cli.Result r = Cli.run(Map.of("ROSTER_CONFIG", file.toString(), "P_TOKEN", "cli-token", "ROSTER_PROFILE", "p"),
                "procore", "find-user", "--company", String.valueOf(SandboxSeed.PROCORE_COMPANY_ID),
                "--email", "ann.lee@example.com");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(String.valueOf(SandboxSeed.PROCORE_ANN_LEE_ID));
    }
}
