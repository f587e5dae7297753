package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.PlannedAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster sync plan} against a small seeded sandbox: output, plan file, exit codes 0, 2, 4 and 5. */
class SyncPlanCommandTest {

    static final String ACCOUNT = "0b0b0b0b-1111-4222-8333-444455556666";
    static final String PROJECT = "0c0c0c0c-1111-4222-8333-444455556666";

    static final String SEED = """
            {"autodesk": {"accounts": [{"id": "%s",
              "users": [
                {"id": "a1a1a1a1-0000-4000-8000-000000000001", "email": "ann@example.com", "first_name": "Ann",
                 "last_name": "Lee", "job_title": "Engineer", "status": "active"},
                {"id": "a1a1a1a1-0000-4000-8000-000000000002", "email": "bob@example.com", "first_name": "Bob",
                 "last_name": "Ray", "job_title": "Seller", "status": "active"},
                {"id": "a1a1a1a1-0000-4000-8000-000000000004", "email": "cy@example.com", "first_name": "Cy",
                 "last_name": "Doe", "job_title": "Seller", "status": "pending"}],
              "projects": [{"id": "%s", "name": "Tower", "status": "active", "platform": "acc",
                "members": [{"email": "ann@example.com", "status": "active",
                             "products": [{"key": "docs", "access": "member"}]}]}]}]},
             "procore": {"companies": [{"id": 5000, "users": [
                {"id": 7000000001, "email_address": "ann@example.com", "first_name": "Ann", "last_name": "Lee",
                 "job_title": "Engineer", "origin_id": "E1", "is_active": true},
                {"id": 7000000002, "email_address": "bob@example.com", "first_name": "Bob", "last_name": "Ray",
                 "job_title": "Seller", "origin_id": "E2", "is_active": true}]}]}}
            """.formatted(ACCOUNT, PROJECT);

    static final String HR = """
            employee_id,email,first_name,last_name,status,department,job_title
            E1,ann@example.com,Ann,Lee,active,Engineering,Engineer
            E2,bob@example.com,Bob,Ray,terminated,Sales,Seller
            E3,dan@example.com,Dan,Fox,active,Engineering,Engineer
            E4,cy@example.com,Cy,Doe,terminated,Sales,Seller
            """;

    @TempDir
    Path dir;

    RosterSandbox sandbox;
    String base;

    @BeforeEach
    void start() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.json"), SEED);
        sandbox = RosterSandbox.builder().port(0).token("sync-token").seed(seed).build().start();
        base = sandbox.baseUrl().toString();
        Files.writeString(dir.resolve("hr.csv"), HR);
        config(2);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    void config(int maxDeactivations) throws Exception {
        Files.writeString(dir.resolve("sync.yaml"), """
                bim360: {account: b.%s}
                acc:
                  projects:
                    - {id: %s, members: {department: Engineering}, products: "docs:member"}
                procore: {company: 5000}
                safety: {max_deactivations: %d, max_deactivation_percent: 100}
                state: sync-state.json
                """.formatted(ACCOUNT, PROJECT, maxDeactivations));
    }

    Cli.Result plan(String... more) {
        String[] args = {"sync", "plan", "--config", dir.resolve("sync.yaml").toString(), "--hr",
            dir.resolve("hr.csv").toString(), "--base-url", base, "--token", "sync-token"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }

    @Test
    void printsTheActionsByTargetAndWritesThePlan() {
        Path out = dir.resolve("plan.json");

        Cli.Result r = plan("--out", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "Plan: 5 changes, 1 note (4 people in HR)",
                "bim360 " + ACCOUNT + "  (3 users read, 3 actions)",
                "  create      E3  dan@example.com  email: - -> dan@example.com; first_name: - -> Dan;"
                        + " last_name: - -> Fox; job_title: - -> Engineer",
                "  deactivate  E2  bob@example.com  status: active -> inactive  (left (HR status terminated))",
                "  blocked     E4  cy@example.com   (left (HR status terminated) but the user is pending",
                "acc " + PROJECT + "  (1 user read, 1 action)",
                "  add-to-project  E3  dan@example.com  email: - -> dan@example.com; products: - -> docs:member",
                "procore 5000  (2 users read, 2 actions)",
                "Summary:\n  acc     add-to-project 1\n  bim360  blocked 1, create 1, deactivate 1\n"
                        + "  procore create 1, deactivate 1\n",
                "plan written to " + out);
        Plan written = PlanJson.read(out);
        assertThat(written.actions()).extracting(PlannedAction::id).containsExactly(
                "bim360/" + ACCOUNT + "/create/E3", "bim360/" + ACCOUNT + "/deactivate/E2",
                "bim360/" + ACCOUNT + "/blocked/E4", "acc/" + PROJECT + "/add-to-project/E3",
                "procore/5000/create/E3", "procore/5000/deactivate/E2");
        assertThat(written.statePath()).isEqualTo(dir.resolve("sync-state.json").toAbsolutePath().toString());
        assertThat(sandbox.receivedRequests()).allMatch(req -> req.method().equals("GET"));
    }

    @Test
    void outputJsonPrintsThePlanItself() throws Exception {
        Cli.Result r = plan("--output", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(r.out());
        assertThat(plan.path("version").asInt()).isEqualTo(1);
        assertThat(plan.path("actions")).hasSize(6);
        assertThat(plan.path("summary").path("procore").path("create").asInt()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("plan.json"))).isFalse();
    }

    @Test
    void anInvalidHrExportExitsTwoNamingEveryBadLineAndReadsNothing() throws Exception {
        Files.writeString(dir.resolve("hr.csv"), HR + "E5,not-an-email,Eve,Bell,active,Sales,\nE1,x@example.com,A,B,active,,\n");

        Cli.Result r = plan();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 6: email: 'not-an-email' is not an e-mail address",
                "line 7: employee_id: 'E1' is also on line 2");
        assertThat(sandbox.receivedRequests()).isEmpty();
    }

    @Test
    void aConfigurationTypoExitsTwoNamingTheLine() throws Exception {
        Files.writeString(dir.resolve("sync.yaml"), "procore: {company: 5000}\nsafety:\n  max_deactivation: 3\n");

        Cli.Result r = plan();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 3: safety.max_deactivation: unknown key", "did you mean max_deactivations?");
    }

    @Test
    void tooManyDeactivationsExitFiveSayingWhyAndWriteNoPlan() throws Exception {
        config(1);
        Path out = dir.resolve("plan.json");

        Cli.Result r = plan("--out", out.toString());

        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err()).contains("refused by max_deactivations: the plan deactivates or removes 2 people",
                "the cap is 1", "--allow-deactivations 2", "no plan was written");
        assertThat(r.out()).contains("deactivate  E2");
        assertThat(Files.exists(out)).isFalse();

        Cli.Result allowed = plan("--out", out.toString(), "--allow-deactivations", "2");
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(PlanJson.read(out).safety().maxDeactivations()).isEqualTo(2);
    }

    @Test
    void aTargetThatCannotBeReadExitsFour() throws Exception {
        Files.writeString(dir.resolve("sync.yaml"), "bim360: {account: 0d0d0d0d-1111-4222-8333-444455556666}\n");

        Cli.Result r = plan();

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("cannot read bim360/0d0d0d0d-1111-4222-8333-444455556666", "no plan was made");
    }
}
