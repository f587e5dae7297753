package io.github.roster.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.config.SyncConfig;
import io.github.roster.sync.config.SyncConfigReader;
import io.github.roster.sync.hr.HrExport;
import io.github.roster.sync.hr.HrExportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the planner refuses before it reads any target: a platform without a client, and a configuration naming an
 * HR field the export does not have. Every problem is named at once.
 */
class PlannerInputChecksTest {

    @TempDir
    Path dir;

    @Test
    void missingClientsAndUnknownHrFieldsAreAllNamed() throws IOException {
        SyncConfig config = config("badge");
        HrExport hr = hr();

        SyncInputException refused = catchThrowableOfType(SyncInputException.class,
                () -> new SyncPlanner(null, null).plan(config, hr, SyncState.read(config.statePath()),
                        OptionalInt.empty()));

        assertThat(refused.problems()).containsExactly(
                "an Autodesk client is needed for the bim360 and acc targets",
                "a Procore client is needed for the procore target",
                "acc.projects[0].members.department: the HR export has no such field or column (it has email,"
                        + " employee_id, first_name, last_name, status)",
                "procore.origin_id: the HR export has no column 'badge'");
    }

    @Test
    void theEmployeeIdNeedsNoColumnOfItsOwnAsTheOriginId() throws IOException {
        SyncConfig config = config("employee_id");

        SyncInputException refused = catchThrowableOfType(SyncInputException.class,
                () -> new SyncPlanner(null, null).plan(config, hr(), SyncState.read(config.statePath()),
                        OptionalInt.empty()));

        assertThat(refused.problems()).noneMatch(p -> p.startsWith("procore.origin_id"));
    }

    private SyncConfig config(String originId) {
        String yaml = """
                hr: {key: employee_id, active: [active]}
                bim360: {account: b.9dbb160e-b904-458b-bc5c-ed184687592d}
                acc:
                  projects:
                    - id: 367d5cc2-9008-462c-96e5-c9491db85d93
                      members: {department: Engineering}
                      products: "docs:member"
                procore: {company: 8089, origin_id: %s}
                safety: {max_deactivations: 5, max_deactivation_percent: 10}
                state: state.json
                """.formatted(originId);
        return SyncConfigReader.parse(yaml.getBytes(StandardCharsets.UTF_8), "sync.yaml", dir);
    }

    private HrExport hr() throws IOException {
        Path csv = Files.writeString(dir.resolve("hr.csv"),
                "employee_id,email,first_name,last_name,status\nE1,ann@example.com,Ann,Lee,active\n");
        return new HrExportReader(config("employee_id").hr()).read(csv);
    }
}
