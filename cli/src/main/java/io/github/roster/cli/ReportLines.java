package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A JSON Lines report file: read back line by line (a line cut short by a crash is skipped: its outcome was never
 * learnt), then appended to, each line flushed as it is written, so a crash loses at most the line in hand.
 */
final class ReportLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportLines() {
    }

    /**
     * Reads every whole line of the report, if it exists, then opens it for appending.
     *
     * @throws InvalidInputException when the file cannot be read or written
     */
    static BufferedWriter readThenAppend(Path file, Consumer<JsonNode> eachLine) {
        try {
            if (Files.exists(file)) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        JsonNode node = parsed(line);
                        if (node != null) {
                            eachLine.accept(node);
                        }
                    }
                }
            }
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new InvalidInputException("--report: cannot use " + file + ": " + e.getMessage());
        }
    }

    private static JsonNode parsed(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(line);
        } catch (IOException cutShort) {
            return null;
        }
    }

    /** Appends one line; nothing when {@code writer} is null (no report). */
    static void append(BufferedWriter writer, Path file, JsonNode line) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(JSON.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
    }

    /** Closes the report, if any. */
    static void close(BufferedWriter writer) {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // every line was flushed already
            }
        }
    }
}
