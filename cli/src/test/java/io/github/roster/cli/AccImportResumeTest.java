package io.github.roster.cli;

import static io.github.roster.cli.AccImportFiles.PROJECT;
import static io.github.roster.cli.AccImportFiles.csv;
import static io.github.roster.cli.AccImportFiles.emails;
import static io.github.roster.cli.AccImportFiles.reportHeader;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.journal.JsonLinesJournal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once ACC imports with {@code --report}: an unknown outcome is resolved by reading the project, the
 * report is locked, repaired, checked, and keyed by user; a refusal that every request would get stops the import.
 */
class AccImportResumeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "cli-token";

    @TempDir
    Path dir;

    private RosterSandbox sandbox;
    private ImportFront front;
    private Path report;

    @BeforeEach
    void start() {
        sandbox = RosterSandbox.builder().port(0).token(TOKEN).build().start();
        report = dir.resolve("report.jsonl");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (front != null) {
            front.close();
        }
        sandbox.close();
    }

    private String front(ImportFront.Rule rule) throws IOException {
        front = new ImportFront(sandbox.baseUrl(), rule, Duration.ZERO);
        return front.baseUrl();
    }

    private Cli.Result importUsers(String base, Path csv, String... more) {
        List<String> args = new ArrayList<>(List.of("acc", "import-users", "--base-url", base, "--token", TOKEN,
                "--project", PROJECT, "--csv", csv.toString(), "--report", report.toString(), "--max-attempts", "1"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<String> imported() {
        return sandbox.state().accImportedEmails(PROJECT);
    }

    private List<JsonNode> reportRecords() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(report)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    @Test
    void usersOfARequestWhoseAnswerWasLostAreFoundInTheProjectAndNotSentAgain() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 100));
        String base = front((method, path, n) -> n == 2 ? ImportFront.Action.PROCESS_THEN_DROP
                : ImportFront.Action.FORWARD);

        Cli.Result first = importUsers(base, file, "--batch-size", "25", "--output", "json");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(4);
        assertThat(imported()).as("the sandbox processed all four requests").hasSize(100);
        JsonNode summary = JSON.readTree(first.out());
        assertThat(summary.path("usersUncertain").asInt()).isEqualTo(25);
        assertThat(summary.path("failures").get(0).path("mayHaveBeenProcessed").asBoolean()).isTrue();
        assertThat(reportRecords()).filteredOn(r -> r.path("state").asText().equals("uncertain")).singleElement()
                .satisfies(r -> {
                    assertThat(r.path("mayHaveBeenProcessed").asBoolean()).isTrue();
                    assertThat(r.path("emails")).hasSize(25);
                    assertThat(r.path("emails").get(0).asText()).isEqualTo("user50@example.com");
                });

        Cli.Result resumed = importUsers(base, file, "--batch-size", "25");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(front.importsSeen()).as("nothing was sent again").isEqualTo(4);
        assertThat(imported()).hasSize(100).doesNotHaveDuplicates();
        assertThat(resumed.out()).contains("100 users, 0 requests sent")
                .contains("75 users skipped as already accepted")
                .contains("25 users of an earlier request whose outcome was unknown were found in the project");
        assertThat(reportRecords()).filteredOn(r -> r.has("resolvedBy")).singleElement().satisfies(r -> {
            assertThat(r.path("state").asText()).isEqualTo("accepted");
            assertThat(r.path("emails")).hasSize(25);
        });
    }

    @Test
    void aRequestInFlightWhenTheRunDiedIsSentAgainOnlyForUsersNotInTheProject() throws Exception {
        // a killed run: the sandbox took users 0-9; the run recorded `sending` for 0-19 and died before the answer
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 30));
        Cli.Result before = Cli.run("acc", "import-users", "--base-url", sandbox.baseUrl().toString(), "--token",
                TOKEN, "--project", PROJECT, "--csv", csv(dir.resolve("first.csv"), emails("user", 0, 10)).toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        ObjectNode sending = JSON.createObjectNode().put("state", "sending").put("request", 0);
        emails("user", 0, 20).forEach(sending.putArray("emails")::add);
        Files.write(report, List.of(reportHeader(PROJECT), JSON.writeValueAsString(sending)));

        Cli.Result resumed = importUsers(sandbox.baseUrl().toString(), file, "--output", "json", "--verify-wait", "0");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("20 users of an earlier run may have been imported already");
        assertThat(imported()).hasSize(30).doesNotHaveDuplicates();
        assertThat(sandbox.state().accImports(PROJECT).get(1).emails())
                .as("the second request: the 10 absent uncertain users, then the 10 never sent")
                .containsExactlyElementsOf(emails("user", 10, 30));
        JsonNode summary = JSON.readTree(resumed.out());
        assertThat(summary.path("usersFoundInProject").asInt()).isEqualTo(10);
        assertThat(summary.path("usersAccepted").asInt()).isEqualTo(20);
    }

    @Test
    void uncertainUsersAreNotSentWhenTheProjectCannotBeReadUnlessResendUncertain() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 40));
        ObjectNode uncertain = JSON.createObjectNode().put("state", "uncertain").put("request", 0);
        emails("user", 0, 3).forEach(uncertain.putArray("emails")::add);
        Files.write(report, List.of(reportHeader(PROJECT), JSON.writeValueAsString(uncertain)));
        String base = front((method, path, n) -> method.equals("GET") ? ImportFront.Action.FORBID
                : ImportFront.Action.FORWARD);

        Cli.Result stopped = importUsers(base, file);

        assertThat(stopped.exitCode()).isEqualTo(4);
        assertThat(stopped.err()).contains("cannot read the project's users")
                .contains("uncertain: user0@example.com, user1@example.com, user2@example.com")
                .contains("nothing was sent").contains("--resend-uncertain");
        assertThat(front.importsSeen()).isZero();

        Cli.Result resent = importUsers(base, file, "--resend-uncertain");

        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(resent.err()).contains("sending 3 uncertain users again as --resend-uncertain asks");
        assertThat(imported()).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void anImportStillInProgressIsWaitedForBeforeItsUsersAreDeclaredAbsent() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 10));
        // the first request's answer is lost and the sandbox takes its users only a second later, as an ACC
        // import job would
        String base = front((method, path, n) -> n == 0 ? ImportFront.Action.DROP_THEN_PROCESS_LATER
                : ImportFront.Action.FORWARD);

        Cli.Result first = importUsers(base, file);
        Cli.Result resumed = importUsers(base, file, "--verify-wait", "30");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(4);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("10 users of an earlier request whose outcome was unknown were found");
        assertThat(imported()).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void aSecondRunOnTheSameReportIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 10));
        ObjectNode identity = (ObjectNode) JSON.readTree(reportHeader(PROJECT)).path("identity");
        try (JsonLinesJournal held = JsonLinesJournal.open(report, identity, false, r -> { })) {
            Cli.Result second = importUsers(sandbox.baseUrl().toString(), file);

            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err()).contains("is in use by another run").contains("nothing was sent");
        }
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void aLineCutByAKillIsRepairedAndTheReportStaysReadable() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 10));
        ObjectNode accepted = JSON.createObjectNode().put("state", "accepted").put("request", 0);
        emails("user", 0, 5).forEach(accepted.putArray("emails")::add);
        Files.write(report, List.of(reportHeader(PROJECT), JSON.writeValueAsString(accepted)));
        Files.writeString(report, "{\"state\":\"sending\",\"request\":1,\"emails\":[\"user5@exa",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Cli.Result r = importUsers(sandbox.baseUrl().toString(), file);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("ended in a line cut short by a killed run");
        assertThat(imported()).containsExactlyElementsOf(emails("user", 5, 10));
        assertThat(reportRecords()).as("every line is whole JSON").hasSizeGreaterThan(3);
    }

    @Test
    void aReportWhoseHeaderIsDamagedOrOfAnotherProjectIsRefusedAndNothingIsSent() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 10));
        ObjectNode accepted = JSON.createObjectNode().put("state", "accepted").put("request", 0);
        emails("user", 0, 10).forEach(accepted.putArray("emails")::add);
        String record = JSON.writeValueAsString(accepted);
        String other = reportHeader("5e2a7f4c-7b0c-4d49-9a0f-25b0c6c8e4d1");

        for (String header : List.of(other.substring(0, 40) + "\u0000" + other.substring(41), other,
                reportHeader(PROJECT).replace("\"US\"", "\"EMEA\""))) {
            Files.write(report, List.of(header, record));

            Cli.Result r = importUsers(sandbox.baseUrl().toString(), file);

            assertThat(r.exitCode()).as(header).isEqualTo(2);
            assertThat(r.err()).contains("--report").contains("line 1:").contains("nothing was sent");
        }
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void anEditedCsvSendsOnlyItsNewUsers() throws Exception {
        List<String> users = emails("user", 0, 100);
        Cli.Result first = importUsers(sandbox.baseUrl().toString(), csv(dir.resolve("users.csv"), users),
                "--batch-size", "20");
        assertThat(first.exitCode()).as(first.err()).isZero();

        List<String> edited = new ArrayList<>(users);
        edited.add(37, "inserted@example.com");
        edited.set(0, "USER0@Example.com");
        edited.add("appended@example.com");
        Cli.Result second = importUsers(sandbox.baseUrl().toString(), csv(dir.resolve("edited.csv"), edited),
                "--batch-size", "20");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("102 users, 1 request sent").contains("100 users skipped as already accepted");
        assertThat(sandbox.state().accImports(PROJECT).get(5).emails())
                .containsExactly("inserted@example.com", "appended@example.com");
    }

    @Test
    void aForbiddenImportStopsAfterItsFirstRequest() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 100));
        String base = front((method, path, n) -> ImportFront.Action.FORBID);

        Cli.Result r = importUsers(base, file, "--batch-size", "10", "--output", "json");

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(front.importsSeen()).isEqualTo(1);
        JsonNode summary = JSON.readTree(r.out());
        assertThat(summary.path("stopped").asText()).contains("403").contains("every further request would be too");
        assertThat(summary.path("usersNotSent").asInt()).isEqualTo(90);
        assertThat(summary.path("usersFailed").asInt()).isEqualTo(10);
    }

    @Test
    void anImportIntoAProjectThatDoesNotExistStopsAfterItsFirstRequest() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 50));
        String missing = "5e2a7f4c-7b0c-4d49-9a0f-25b0c6c8e4d1";

        Cli.Result r = Cli.run("acc", "import-users", "--base-url", sandbox.baseUrl().toString(), "--token", TOKEN,
                "--project", missing, "--csv", file.toString(), "--batch-size", "10");

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).contains("stopped: request 0 was refused with 404").contains("40 users not sent");
        assertThat(sandbox.state().requestCount("/construction/admin/v2/projects/" + missing + "/users:import"))
                .isEqualTo(1);
    }

    @Test
    void aRefusedFixedTokenIsSentOnceAndStopsTheImport() throws Exception {
        Path file = csv(dir.resolve("users.csv"), emails("user", 0, 50));
        String path = "/construction/admin/v2/projects/" + PROJECT + "/users:import";

        Cli.Result r = Cli.run("acc", "import-users", "--base-url", sandbox.baseUrl().toString(), "--token",
                "not-the-token", "--project", PROJECT, "--csv", file.toString(), "--batch-size", "10");

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).contains("stopped: request 0 was refused with 401");
        assertThat(sandbox.state().requestCount(path, 401)).as("one request, not retried with the same token")
                .isEqualTo(1);
        assertThat(Map.copyOf(sandbox.state().requestCounts())).containsOnlyKeys(path);
    }
}
