package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.SandboxSeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch mode of the single-user commands ({@code --csv}/{@code --ndjson}): every row checked before anything is
 * sent, one outcome per row in text, json and ndjson, exit 4 when any row failed; against the in-process sandbox.
 */
class BatchModeTest extends InProcessSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = SandboxSeed.BIM360_ACCOUNT_ID;
    private static final String COMPANY = String.valueOf(SandboxSeed.PROCORE_COMPANY_ID);

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private Cli.Result roster(String vendor, String command, String... args) {
        List<String> all = new ArrayList<>(List.of(vendor, command, "--base-url", base, "--token", "cli-token"));
        all.addAll(vendor.equals("bim360") ? List.of("--account", ACCOUNT) : List.of("--company", COMPANY));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(new String[0]));
    }

    @Test
    void bim360UpdateUserSendsEachRowAndReportsEachOutcomeExitingFourWhenOneFailed() throws Exception {
        Path csv = file("users.csv", "id,status,default_role",
                SandboxSeed.BIM360_USER_ID + ",inactive,Superintendent",
                SandboxSeed.BIM360_PENDING_USER_ID + ",active,");

        Cli.Result r = roster("bim360", "update-user", "--csv", csv.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
        assertThat(r.out()).contains("line 2: updated BIM 360 user " + SandboxSeed.BIM360_USER_ID)
                .contains("line 3: failed: ").contains("409");
        assertThat(r.err()).contains("2 rows: 1 done, 1 failed");
        JsonNode user = sandbox.state().bim360User(ACCOUNT, SandboxSeed.BIM360_USER_ID);
        assertThat(user.get("status").asText()).isEqualTo("inactive");
        assertThat(user.get("default_role").asText()).isEqualTo("Superintendent");
    }

    @Test
    void badRowsAreNamedByLineBeforeAnythingIsSent() throws Exception {
        Path csv = file("users.csv", "id,status,company_id",
                "not-an-id,inactive,",
                SandboxSeed.BIM360_USER_ID + ",asleep,",
                SandboxSeed.BIM360_USER_ID + ",,also-not-an-id");

        Cli.Result text = roster("bim360", "update-user", "--csv", csv.toString());
        Cli.Result json = roster("bim360", "update-user", "--csv", csv.toString(), "--output", "json");

        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.err()).contains("3 invalid fields").contains("line 2, user_id")
                .contains("line 3, status: must be one of").contains("line 4, company_id");
        JsonNode failure = JSON.readTree(json.out());
        assertThat(failure.path("error").asText()).isEqualTo("validation");
        assertThat(failure.path("violations").findValuesAsText("line")).containsExactly("2", "3", "4");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void procoreUpdateUserReadsNdjsonAndPrintsOneObjectPerRow() throws Exception {
        Path ndjson = file("users.ndjson",
                "{\"id\": " + SandboxSeed.PROCORE_USER_ID + ", \"last_name\": \"Smith\","
                        + " \"email_address\": \"john.smith@example.com\", \"job_title\": \"Foreman\"}",
                "",
                "{\"id\": \"" + SandboxSeed.PROCORE_OTHER_USER_ID + "\", \"last_name\": \"Garcia\","
                        + " \"email_address\": \"maria.garcia@example.com\", \"job_title\": \"Estimator\"}");

        Cli.Result r = roster("procore", "update-user", "--ndjson", ndjson.toString(), "--output", "ndjson");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(n -> n.path("line").asLong()).containsExactly(1L, 3L);
        assertThat(lines).extracting(n -> n.path("outcome").asText()).containsOnly("updated");
        assertThat(sandbox.state().procoreUser(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_OTHER_USER_ID)
                .path("job_title").asText()).isEqualTo("Estimator");
    }

    @Test
    void procoreUpdateRowsMissingRequiredFieldsSendNothing() throws Exception {
        Path ndjson = file("users.ndjson",
                "{\"id\": " + SandboxSeed.PROCORE_USER_ID + ", \"job_title\": \"Foreman\", \"shoe_size\": 9}",
                "[1, 2]");

        Cli.Result r = roster("procore", "update-user", "--ndjson", ndjson.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 1, shoe_size").contains("line 1, last_name").contains("line 2")
                .contains("nothing was sent");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }

    @Test
    void procoreDeactivateUserPrintsAValidJsonArrayEvenWhenARowFails() throws Exception {
        Path csv = file("leavers.csv", "id,email",
                SandboxSeed.PROCORE_USER_ID + ",",
                ",ANN.LEE@example.com",
                ",nobody@example.com");

        Cli.Result r = roster("procore", "deactivate-user", "--csv", csv.toString(), "--output", "json");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.findValuesAsText("outcome")).containsExactly("deactivated", "deactivated", "not_found");
        assertThat(sandbox.state().procoreUser(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_ANN_LEE_ID)
                .path("is_active").asBoolean()).isFalse();
    }

    @Test
    void bim360DeactivateUserTakesIdsOrEmailsAndRefusesRowsWithBothOrNeither() throws Exception {
        Path bad = file("bad.csv", "id,email", SandboxSeed.BIM360_USER_ID + ",someone@example.com", ",");
        Cli.Result refused = roster("bim360", "deactivate-user", "--csv", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("line 2: give exactly one of id and email").contains("line 3");
        assertThat(sandbox.state().requestCounts()).isEmpty();

        Path ndjson = file("leavers.ndjson", "{\"id\": \"" + SandboxSeed.BIM360_USER_ID + "\"}",
                "{\"id\": \"" + SandboxSeed.BIM360_PENDING_USER_ID + "\"}");
        Cli.Result r = roster("bim360", "deactivate-user", "--ndjson", ndjson.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
        assertThat(r.out()).contains("line 1: DEACTIVATED").contains("line 2: not_deactivatable");
        assertThat(sandbox.state().bim360User(ACCOUNT, SandboxSeed.BIM360_USER_ID).get("status").asText())
                .isEqualTo("inactive");
    }

    @Test
    void aBatchFileCannotBeCombinedWithASingleUser() throws Exception {
        Path csv = file("users.csv", "id,status", SandboxSeed.BIM360_USER_ID + ",inactive");

        Cli.Result both = roster("bim360", "update-user", "--csv", csv.toString(), "--user", SandboxSeed.BIM360_USER_ID);
        Cli.Result withField = roster("bim360", "update-user", "--csv", csv.toString(), "--status", "active");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("expected only one match").contains("--user=ID | (--csv=FILE | --ndjson=FILE)");
        assertThat(withField.exitCode()).isEqualTo(2);
        assertThat(withField.err()).contains("leave out --status");
        assertThat(sandbox.state().requestCounts()).isEmpty();
    }
}
