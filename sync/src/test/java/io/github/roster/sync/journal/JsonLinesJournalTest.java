package io.github.roster.sync.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sync.SyncInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesJournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static ObjectNode identity(String plan) {
        return JSON.createObjectNode().put("plan", plan);
    }

    private static ObjectNode record(int n) {
        return JSON.createObjectNode().put("n", n);
    }

    private List<JsonNode> reopen(Path file, ObjectNode identity) {
        List<JsonNode> seen = new ArrayList<>();
        JsonLinesJournal.open(file, identity, false, seen::add).close();
        return seen;
    }

    @Test
    void recordsWrittenInOneRunAreReadBackInTheNextInOrder() {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity("a"), true, r -> { })) {
            journal.append(record(1));
            journal.append(record(2));
        }
        assertThat(reopen(file, identity("a"))).extracting(n -> n.path("n").asInt()).containsExactly(1, 2);
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheJournal() {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesJournal first = JsonLinesJournal.open(file, identity("a"), false, r -> { })) {
            assertThatThrownBy(() -> JsonLinesJournal.open(file, identity("a"), false, r -> { }))
                    .isInstanceOf(JournalInUseException.class).hasMessageContaining("in use");
            first.append(record(1));
        }
        assertThat(reopen(file, identity("a"))).hasSize(1);
    }

    @Test
    void aLineCutShortByACrashIsRemovedAndTheNextRecordIsReadable() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity("a"), false, r -> { })) {
            journal.append(record(1));
        }
        Files.writeString(file, "{\"n\":2,\"half", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity("a"), false, r -> { })) {
            assertThat(journal.repaired()).isTrue();
            journal.append(record(3));
        }
        assertThat(reopen(file, identity("a"))).extracting(n -> n.path("n").asInt()).containsExactly(1, 3);
    }

    @Test
    void aJournalOfAnotherRunIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (JsonLinesJournal journal = JsonLinesJournal.open(file, identity("a"), false, r -> { })) {
            journal.append(record(1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> JsonLinesJournal.open(file, identity("b"), false, r -> { }))
                .isInstanceOf(SyncInputException.class).hasMessageContaining("line 1: belongs to");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(reopen(file, identity("a"))).hasSize(1);
    }

    @Test
    void aDamagedHeaderOrMiddleLineIsRefusedNamingTheLine() throws Exception {
        Path header = dir.resolve("h.jsonl");
        Files.writeString(header, "{\"identity\":{\"plan\"\n{\"n\":1}\n");
        assertThatThrownBy(() -> JsonLinesJournal.open(header, identity("a"), false, r -> { }))
                .isInstanceOf(SyncInputException.class).hasMessageContaining("line 1: damaged");
        Path middle = dir.resolve("m.jsonl");
        Files.writeString(middle, "{\"identity\":{\"plan\":\"a\"}}\n{\"n\":1}\nxx\n{\"n\":2}\n");
        assertThatThrownBy(() -> JsonLinesJournal.open(middle, identity("a"), false, r -> { }))
                .isInstanceOf(SyncInputException.class).hasMessageContaining("line 3: damaged");
        // the refusal released the lock: a fixed file opens
        Files.writeString(middle, "{\"identity\":{\"plan\":\"a\"}}\n{\"n\":1}\n");
        assertThat(reopen(middle, identity("a"))).hasSize(1);
    }
}
