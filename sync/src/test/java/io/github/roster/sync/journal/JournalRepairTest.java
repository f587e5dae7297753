package io.github.roster.sync.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repairing a cut last line in journals larger than one read window, and leaving whole journals alone. */
class JournalRepairTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode identity() {
        return JSON.createObjectNode().put("plan", "p");
    }

    private static ObjectNode record(int n, int padding) {
        return JSON.createObjectNode().put("n", n).put("pad", "x".repeat(padding));
    }

    private List<Integer> reopen(Path file) {
        List<JsonNode> seen = new ArrayList<>();
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity(), false, seen::add)) {
            assertThat(journal.repaired()).isFalse();
        }
        return seen.stream().map(n -> n.path("n").asInt()).toList();
    }

    @Test
    void aWholeJournalIsNotRepairedAndNamesItsFile() {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity(), true, r -> { })) {
            assertThat(journal.file()).isEqualTo(file);
            assertThat(journal.repaired()).isFalse();
            journal.append(record(1, 10));
        }
        assertThat(reopen(file)).containsExactly(1);
    }

    @Test
    void aCutLineLongerThanTheReadWindowIsRemovedBackToTheLastWholeRecord() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity(), false, r -> { })) {
            for (int i = 1; i <= 5; i++) {
                journal.append(record(i, 3000));
            }
        }
        long whole = Files.size(file);
        Files.writeString(file, "{\"n\":6,\"pad\":\"" + "y".repeat(20_000), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity(), false, r -> { })) {
            assertThat(journal.repaired()).isTrue();
            assertThat(Files.size(file)).isEqualTo(whole);
            journal.append(record(7, 1));
        }
        assertThat(reopen(file)).containsExactly(1, 2, 3, 4, 5, 7);
    }

    @Test
    void aCutLineEndingRightAfterAWindowBoundaryKeepsTheRecordBeforeIt() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity(), false, r -> { })) {
            journal.append(record(1, 100));
        }
        long whole = Files.size(file);
        // the cut line is one byte shorter than the read window: the newline before it is the window's first byte
        Files.writeString(file, "z".repeat(8191), StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity(), false, r -> { })) {
            assertThat(journal.repaired()).isTrue();
        }
        assertThat(Files.size(file)).isEqualTo(whole);
        assertThat(reopen(file)).containsExactly(1);
    }

    @Test
    void aFileOfOnlyACutHeaderStartsAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("j.jsonl"), "{\"identity\":");
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity(), false, r -> { })) {
            assertThat(journal.repaired()).isTrue();
            journal.append(record(1, 1));
        }
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("{\"identity\":{\"plan\":\"p\"}}");
        assertThat(reopen(file)).containsExactly(1);
    }
}
