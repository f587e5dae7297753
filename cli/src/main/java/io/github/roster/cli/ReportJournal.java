package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sync.SyncInputException;
import io.github.roster.sync.journal.JournalInUseException;
import io.github.roster.sync.journal.JsonLinesJournal;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens an import's {@code --report} as a {@link JsonLinesJournal}: locked for this run, every record forced to
 * the disk as it is written, a line cut by a crash repaired, and a report that is in use, damaged or made for
 * another target refused with a message naming {@code --report}.
 */
final class ReportJournal {

    private ReportJournal() {
    }

    /**
     * @param identity what the report belongs to (its header must hold the same)
     * @param eachRecord reads each record already in the report; it may throw {@link InvalidInputException}
     * @throws InvalidInputException when the report cannot be used: nothing has been sent
     */
    static JsonLinesJournal open(Path file, ObjectNode identity, Consumer<JsonNode> eachRecord) {
        try {
            return JsonLinesJournal.open(file, identity, true, eachRecord);
        } catch (JournalInUseException e) {
            throw new InvalidInputException("--report " + e.getMessage() + "; nothing was sent");
        } catch (SyncInputException e) {
            throw new InvalidInputException("--report " + e.getMessage() + "\nnothing was sent");
        } catch (UncheckedIOException e) {
            throw new InvalidInputException("--report: " + e.getMessage());
        }
    }
}
