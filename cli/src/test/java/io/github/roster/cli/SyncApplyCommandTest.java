package io.github.roster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sandbox.SandboxSeed;
import io.github.roster.sync.SafetyRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster sync apply} and {@code roster sync report} against the in-process sandbox. */
class SyncApplyCommandTest extends InProcessSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Cli.Result apply(Path plan, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sync", "apply", plan.toString(), "--base-url", base,
                "--token", "cli-token", "--import-wait", "5"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void appliesAPlanAndExitsZeroThenReportsIt() throws Exception {
        Path plan = SyncPlans.write(dir, 3);

        Cli.Result r = apply(plan);

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("STATE").contains("applied").contains(SyncPlans.email(2)).contains("10 applied");
        assertThat(sandbox.state().procoreUser(SandboxSeed.PROCORE_COMPANY_ID, SandboxSeed.PROCORE_OTHER_USER_ID)
                .path("is_active").asBoolean()).isFalse();

        Cli.Result report = Cli.run("sync", "report", plan.toString(), "--output", "json");
        assertThat(report.exitCode()).isZero();
        JsonNode json = JSON.readTree(report.out());
        assertThat(json.path("counts").path("applied").asInt()).isEqualTo(10);
        assertThat(json.path("actions")).hasSize(10);
        assertThat(json.path("actions").get(9).path("request_ids")).isNotEmpty();

        Cli.Result table = Cli.run("sync", "report", plan.toString());
        assertThat(table.out()).contains("procore").contains("deactivate").contains("10 applied");
    }

    @Test
    void aStaleActionExitsFive() {
        Path plan = SyncPlans.write(dir, 1);
        // Maria left on her own before apply: the planned deactivation no longer matches what Procore holds
        Cli.run("procore", "deactivate-user", "--base-url", base, "--token", "cli-token", "--company",
                Long.toString(SandboxSeed.PROCORE_COMPANY_ID), "--user", Long.toString(SandboxSeed.PROCORE_OTHER_USER_ID));

        Cli.Result r = apply(plan, "--output", "json");

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.REFUSED_BY_SAFETY);
        assertThat(r.out()).contains("\"stale\"").contains("status was 'active' when planned, is 'inactive' now");
    }

    @Test
    void aSafetyRefusalExitsFiveAndSendsNothing() {
        Path plan = SyncPlans.write(dir, 1, new SafetyRules(0, 100.0, List.of(), 0.9));

        Cli.Result r = apply(plan);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_SAFETY);
        assertThat(r.err()).contains("refused by max_deactivations").contains("the cap is 0");
        assertThat(sandbox.receivedRequests()).isEmpty();
    }

    @Test
    void anUnreadablePlanExitsTwo() throws Exception {
        Path plan = dir.resolve("plan.json");
        java.nio.file.Files.writeString(plan, "{\"version\": 1}");

        Cli.Result r = apply(plan);

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(sandbox.receivedRequests()).isEmpty();
    }
}
