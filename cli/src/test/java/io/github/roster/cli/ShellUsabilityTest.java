package io.github.roster.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.sandbox.SandboxSeed;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI in a shell: usage without a command, help at every level, short usage errors, JSON failures, completion. */
class ShellUsabilityTest {

    private static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    private static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path dir;

    @Test
    void noArgumentsPrintsTheUsageAndExitsTwo() {
        Cli.Result r = Cli.run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: roster", "bim360", "acc", "procore", "completion")
                .doesNotContain("Exception", "is not a Method, Runnable or Callable");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aGroupWithoutACommandPrintsItsUsageAndExitsTwo() {
        Cli.Result r = Cli.run("acc");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("roster acc: a command is required", "Usage: roster acc", "import-users");
    }

    @Test
    void helpWorksAtEveryLevel() {
        for (String[] args : new String[][] {{"help", "acc", "import-users"}, {"acc", "help", "import-users"},
                {"acc", "import-users", "--help"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage: roster acc import-users", "--dry-run");
        }
        Cli.Result group = Cli.run("help", "procore");
        assertThat(group.exitCode()).isZero();
        assertThat(group.out()).contains("Usage: roster procore", "sync-users");
    }

    @Test
    void aMistypedOptionSuggestsTheClosestAndPrintsAShortUsage() {
        Cli.Result r = Cli.run("acc", "import-users", "--dry-rn");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--dry-rn'", "Did you mean", "--dry-run",
                "Try 'roster acc import-users --help' for more information.");
        assertThat(r.err().lines().count()).as(r.err()).isLessThan(10);
    }

    @Test
    void aMistypedCommandSuggestsTheClosest() {
        Cli.Result r = Cli.run("acc", "import-user");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Did you mean", "import-users");
    }

    @Test
    void aUsageErrorWithJsonOutputIsOneJsonObjectOnStdout() throws Exception {
        Cli.Result r = Cli.run("bim360", "get-user", "--output", "json", "--bogus", "--token", "secret-token");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode json = Printer.mapper().readTree(r.out());
        assertThat(json.path("error").asText()).isEqualTo("usage");
        assertThat(json.path("message").asText()).contains("--bogus");
        assertThat(r.out() + r.err()).doesNotContain("secret-token");
    }

    @Test
    void aValidationFailureWithJsonOutputNamesLinePathRuleAndValue() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "email,firstName,lastName,companyId,roleIds,products\n"
                + "ok@example.com,A,B,,,docs:member\n"
                + "not-an-email,A,B,,,docs:member\n");
        Cli.Result r = Cli.run("acc", "import-users", "--base-url", server.baseUrl(), "--token", "secret-token",
                "--project", SandboxSeed.ACC_PROJECT_ID, "--csv", csv.toString(), "--dry-run", "--output", "json");

        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode json = Printer.mapper().readTree(r.out());
        assertThat(json.path("error").asText()).isEqualTo("validation");
        assertThat(json.path("total").asInt()).isEqualTo(1);
        JsonNode v = json.path("violations").path(0);
        assertThat(v.path("line").asLong()).isEqualTo(3);
        assertThat(v.path("path").asText()).isEqualTo("email");
        assertThat(v.path("rule").asText()).isEqualTo("Email");
        assertThat(v.path("value").asText()).isEqualTo("not-an-email");
        assertThat(r.err()).contains("1 invalid field in", "nothing was sent").doesNotContain("field(s)");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aProcoreSyncValidationFailureWithJsonOutputNamesTheLine() throws Exception {
        Path csv = dir.resolve("sync.csv");
        Files.writeString(csv, "origin_id,last_name,email_address\nE-1,A,a@example.com\nE-2,C,c@\n");
        Cli.Result r = Cli.run("procore", "sync-users", "--base-url", server.baseUrl(), "--token", "secret-token",
                "--company", "8089", "--csv", csv.toString(), "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        JsonNode json = Printer.mapper().readTree(r.out());
        assertThat(json.path("error").asText()).isEqualTo("validation");
        JsonNode v = json.path("violations").path(0);
        assertThat(v.path("line").asLong()).isEqualTo(3);
        assertThat(v.path("path").asText()).isEqualTo("email_address");
        assertThat(v.path("value").asText()).isEqualTo("c@");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDryRunWithJsonOutputIsJson() throws Exception {
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "email,firstName,lastName,companyId,roleIds,products\nok@example.com,A,B,,,docs:member\n");
        Cli.Result r = Cli.run("acc", "import-users", "--base-url", server.baseUrl(), "--token", "t",
                "--project", SandboxSeed.ACC_PROJECT_ID, "--csv", csv.toString(), "--dry-run", "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = Printer.mapper().readTree(r.out());
        assertThat(json.path("dryRun").asBoolean()).isTrue();
        assertThat(json.path("users").asInt()).isEqualTo(1);
        assertThat(json.path("requests").asInt()).isEqualTo(1);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDryRunOfOneUserIsWordedForOne() throws Exception {
        Path csv = dir.resolve("one.csv");
        Files.writeString(csv, "email,firstName,lastName,companyId,roleIds,products\nok@example.com,A,B,,,docs:member\n");
        Cli.Result r = Cli.run("acc", "import-users", "--base-url", server.baseUrl(), "--token", "t",
                "--project", SandboxSeed.ACC_PROJECT_ID, "--csv", csv.toString(), "--dry-run");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("dry run: 1 user in 1 request is valid; nothing was sent");
    }

    @Test
    void anApiFailureWithJsonOutputCarriesStatusVendorCodeAndRequestId() throws Exception {
        server.stubFor(get(urlPathMatching("/hq/v1/accounts/.*/users/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withHeader("x-ads-request-id", "req-123")
                .withBody("{\"code\":\"1004\",\"message\":\"this user does not exist\"}")));

        Cli.Result r = Cli.run("bim360", "get-user", "--base-url", server.baseUrl(), "--token", "secret-token",
                "--account", ACCOUNT, "--user", USER, "--output", "json");

        assertThat(r.exitCode()).isEqualTo(3);
        JsonNode json = Printer.mapper().readTree(r.out());
        assertThat(json.path("error").asText()).isEqualTo("api");
        assertThat(json.path("status").asInt()).isEqualTo(404);
        assertThat(json.path("vendorCode").asText()).isEqualTo("1004");
        assertThat(json.path("message").asText()).isEqualTo("this user does not exist");
        assertThat(json.path("requestId").asText()).isEqualTo("req-123");
        assertThat(r.out() + r.err()).doesNotContain("secret-token");
    }

    @Test
    void aTransportFailureWithJsonOutputSaysWhetherTheRequestMayHaveBeenProcessed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Cli.Result r = Cli.run("bim360", "get-user", "--base-url", "http://127.0.0.1:" + closedPort,
                "--token", "secret-token", "--account", ACCOUNT, "--user", USER, "--output", "json",
                "--max-attempts", "1");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
        JsonNode json = Printer.mapper().readTree(r.out());
        assertThat(json.path("error").asText()).isEqualTo("transport");
        assertThat(json.path("mayHaveBeenProcessed").isBoolean()).isTrue();
        assertThat(json.path("mayHaveBeenProcessed").asBoolean()).isFalse();
        assertThat(json.path("message").asText()).isNotBlank();
        assertThat(r.out() + r.err()).doesNotContain("secret-token");
    }

    @Test
    void completionPrintsABashScriptNamingTheCommands() {
        Cli.Result r = Cli.run("completion");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F", "roster", "bim360", "acc", "procore", "import-users", "sync-users",
                        "--dry-run");
    }

    @Test
    void countsArePluralisedByTheirNumber() {
        assertThat(Plural.of(1, "user")).isEqualTo("1 user");
        assertThat(Plural.of(0, "user")).isEqualTo("0 users");
        assertThat(Plural.of(2, "invalid field")).isEqualTo("2 invalid fields");
        assertThat(Plural.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Plural.of(3, "entry", "entries")).isEqualTo("3 entries");
    }
}
