package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccountImportOutcome;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.nio.file.Path;
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
        BufferedWriter out = ReportLines.readThenAppend(file, node -> read(file, node, account, previous));
        return new Bim360ImportReport(file, account, out, previous);
    }

    /** One line of the report; a user whose line is missing was never learnt about and is treated as not sent. */
    private static void read(Path file, JsonNode node, String account, Map<String, AccountImportOutcome> previous) {
        if (!node.path("account").asText().equals(account)) {
            throw new InvalidInputException("--report " + file + " belongs to account " + node.path("account").asText()
                    + ", not " + account + ": use another report file");
        }
        try {
            previous.put(key(node.path("email").asText()), AccountImportOutcome.valueOf(node.path("outcome").asText()));
        } catch (IllegalArgumentException unknownOutcome) {
            throw new InvalidInputException("--report " + file + ": unreadable outcome in " + node);
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
        ReportLines.append(writer, file, node.put("at", Instant.now().toString()));
    }

    @Override
    public void close() {
        ReportLines.close(writer);
    }
}
