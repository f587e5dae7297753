package io.github.roster.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file: what is remembered per employee and target, saved and read back, and refused when damaged. */
class SyncStateTest {

    @TempDir
    Path dir;

    @Test
    void rememberedIdsAndTheHrCountAreSavedAndReadBack() throws Exception {
        SyncState state = new SyncState();
        state.remember("E1", Platform.BIM360, "acct", "u-1");
        state.remember("E1", Platform.PROCORE, "5", "77");
        state.remember("E2", Platform.ACC, "proj", "u-2");
        state.lastHrPeople(42);
        Path file = dir.resolve("nested/state.json");

        state.save(file);
        SyncState read = SyncState.read(file);

        assertThat(read.userId("E1", Platform.BIM360, "acct")).contains("u-1");
        assertThat(read.userId("E1", Platform.PROCORE, "5")).contains("77");
        assertThat(read.userId("E1", Platform.ACC, "proj")).isEmpty();
        assertThat(read.userId("E3", Platform.ACC, "proj")).isEmpty();
        assertThat(read.lastHrPeople()).isEqualTo(42);
        assertThat(new ObjectMapper().readTree(file.toFile())).isEqualTo(new ObjectMapper().readTree("""
                {"version": 1, "hr_people": 42, "people": {"E1": {"bim360/acct": "u-1", "procore/5": "77"},
                 "E2": {"acc/proj": "u-2"}}}"""));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void forgettingTheLastTargetOfAPersonForgetsThePerson() throws Exception {
        SyncState state = new SyncState();
        state.remember("E1", Platform.ACC, "p", "u-1");
        state.remember("E1", Platform.ACC, "q", "u-1");
        state.forget("E1", Platform.ACC, "p");
        state.forget("E9", Platform.ACC, "p");
        assertThat(state.userId("E1", Platform.ACC, "p")).isEmpty();
        assertThat(state.userId("E1", Platform.ACC, "q")).contains("u-1");
        state.forget("E1", Platform.ACC, "q");
        Path file = dir.resolve("s.json");
        state.save(file);
        assertThat(Files.readString(file)).doesNotContain("E1");
    }

    @Test
    void aMissingFileIsAFirstRunAndADamagedOneIsRefused() throws Exception {
        SyncState none = SyncState.read(dir.resolve("none.json"));
        assertThat(none.lastHrPeople()).isZero();
        assertThat(none.userId("E1", Platform.ACC, "p")).isEmpty();

        Path notJson = Files.writeString(dir.resolve("bad.json"), "{\"people\":");
        assertThatThrownBy(() -> SyncState.read(notJson)).isInstanceOf(SyncInputException.class)
                .hasMessageContaining("not JSON: ");
        Path noPeople = Files.writeString(dir.resolve("other.json"), "{\"hr_people\": 3}");
        assertThatThrownBy(() -> SyncState.read(noPeople)).isInstanceOf(SyncInputException.class)
                .hasMessageContaining("people: missing (not a sync state file)");
        Path array = Files.writeString(dir.resolve("array.json"), "[]");
        assertThatThrownBy(() -> SyncState.read(array)).isInstanceOf(SyncInputException.class);
        Path directory = Files.createDirectory(dir.resolve("dir.json"));
        assertThatThrownBy(() -> SyncState.read(directory)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read the state file");
        Path blocked = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> new SyncState().save(blocked.resolve("s.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot write the state file");
    }

    @Test
    void aStateWithoutACountIsZero() throws Exception {
        Path file = Files.writeString(dir.resolve("s.json"), "{\"people\": {\"E1\": {\"acc/p\": \"u\"}}}");
        SyncState state = SyncState.read(file);
        assertThat(state.lastHrPeople()).isZero();
        assertThat(state.userId("E1", Platform.ACC, "p")).contains("u");
    }
}
