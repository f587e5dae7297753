package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SyncInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roster sync report} reads a journal another process may be writing, or one a crash cut: a cut last line
 * is a record still being written and is left out; a damaged line before it is named by its line number.
 */
class ApplyReportFilesTest {

    @TempDir
    Path dir;

    private Path file;
    private PlannedAction first;
    private PlannedAction second;
    private String header;

    @BeforeEach
    void writePlan() {
        Plan plan = HandMadePlans.scenario(1, dir.resolve("state.json"));
        file = dir.resolve("plan.json");
        PlanJson.write(plan, file);
        first = plan.writeActions().get(0);
        second = plan.writeActions().get(1);
        header = "{\"identity\":{\"plan_digest\":\"" + PlanJson.digest(plan) + "\"}}";
    }

    @Test
    void eachActionShowsItsLastRecordAndACutLastLineIsLeftOut() throws IOException {
        journal(header,
                started(first),
                "{\"type\":\"ended\",\"action\":\"" + first.id() + "\",\"outcome\":\"applied\",\"user_id\":\"u1\","
                        + "\"at\":\"2026-11-23T10:00:01Z\"}",
                started(second),
                "{\"type\":\"ended\",\"action\":\"" + second.id() + "\",\"outc");

        ApplyReport report = ApplyReport.read(file);

        ApplyReport.Entry one = entry(report, first);
        assertThat(one.state()).isEqualTo("applied");
        assertThat(one.userId()).isEqualTo("u1");
        assertThat(one.at()).isEqualTo("2026-11-23T10:00:01Z");
        assertThat(entry(report, second).state()).isEqualTo(ApplyReport.STARTED);
        assertThat(report.counts()).containsEntry("applied", 1).containsEntry(ApplyReport.STARTED, 1);
    }

    @Test
    void aDamagedLineBeforeTheLastIsNamedByItsNumber() throws IOException {
        journal(header, started(first), "not json at all", started(second));

        assertThatThrownBy(() -> ApplyReport.read(file)).isInstanceOf(SyncInputException.class)
                .satisfies(e -> assertThat(((SyncInputException) e).problems())
                        .containsExactly("line 3: damaged (not a JSON object)"));
    }

    @Test
    void aLineThatIsJsonButNotAnObjectIsDamagedToo() throws IOException {
        journal(header, "[1,2]", started(first));

        assertThatThrownBy(() -> ApplyReport.read(file)).isInstanceOf(SyncInputException.class)
                .satisfies(e -> assertThat(((SyncInputException) e).problems())
                        .containsExactly("line 2: damaged (not a JSON object)"));
    }

    private void journal(String... lines) throws IOException {
        Files.writeString(SyncApplier.journalFile(file), String.join("\n", List.of(lines)));
    }

    private static String started(PlannedAction a) {
        return "{\"type\":\"started\",\"action\":\"" + a.id() + "\",\"at\":\"2026-11-23T10:00:00Z\"}";
    }

    private static ApplyReport.Entry entry(ApplyReport report, PlannedAction a) {
        return report.entries().stream().filter(e -> e.action().equals(a)).findFirst().orElseThrow();
    }
}
