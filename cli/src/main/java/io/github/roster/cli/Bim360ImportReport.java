package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccountImportOutcome;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --report} file of a BIM 360 import: JSON Lines, one object per user outcome ({@code account},
 * {@code line}, {@code email}, {@code outcome}, {@code id} or {@code reason}), appended and flushed as each request
 * ends. Read back, the last outcome recorded for an e-mail (ignoring case) is that user's.
 */
final class Bim360ImportReport implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String account;
    private final BufferedWriter writer;
    private final Map<String, AccountImportOutcome> previous;

    private Bim360ImportReport(Path file, String account, BufferedWriter writer,
                               Map<String, AccountImportOutcome> previous) {
        this.file = file;
        this.account = account;
        this.writer = writer;
        this.previous = previous;
    }

    /** A report that records nothing and remembers nothing (no --report). */
    static Bim360ImportReport none(String account) {
        return new Bim360ImportReport(null, account, null, Map.of());
    }

    /**
     * @throws InvalidInputException when the file cannot be used or belongs to another account
     */
    static Bim360ImportReport open(Path file, String account) {
        Map<String, AccountImportOutcome> previous = new HashMap<>();
        try {
            if (Files.exists(file)) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        read(file, line, account, previous);
                    }
                }
            }
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return new Bim360ImportReport(file, account, out, previous);
        } catch (IOException e) {
            throw new InvalidInputException("--report: cannot use " + file + ": " + e.getMessage());
        }
    }

    private static void read(Path file, String line, String account, Map<String, AccountImportOutcome> previous) {
        if (line.isBlank()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return; // a line cut short by a crash: that user's outcome was never learnt, it is treated as not sent
        }
        if (!node.path("account").asText().equals(account)) {
            throw new InvalidInputException("--report " + file + " belongs to account " + node.path("account").asText()
                    + ", not " + account + ": use another report file");
        }
        try {
            previous.put(key(node.path("email").asText()), AccountImportOutcome.valueOf(node.path("outcome").asText()));
        } catch (IllegalArgumentException unknownOutcome) {
            throw new InvalidInputException("--report " + file + ": unreadable outcome in " + line);
        }
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The outcome an earlier run recorded for this e-mail, or null. */
    AccountImportOutcome previousOutcome(String email) {
        return previous.get(key(email));
    }

    void record(long line, String email, AccountImportOutcome outcome, String id, String reason) {
        if (writer == null) {
            return;
        }
        ObjectNode node = JSON.createObjectNode().put("account", account).put("line", line).put("email", email)
                .put("outcome", outcome.name());
        if (id != null) {
            node.put("id", id);
        }
        if (reason != null) {
            node.put("reason", reason);
        }
        try {
            writer.write(JSON.writeValueAsString(node.put("at", Instant.now().toString())));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file, e);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // every line was flushed already
            }
        }
    }
}
