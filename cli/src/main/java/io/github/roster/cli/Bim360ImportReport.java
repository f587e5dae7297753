package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccountImportOutcome;
import io.github.roster.sync.journal.JsonLinesJournal;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --report} file of a BIM 360 import: a {@link JsonLinesJournal} (one writer, a cut last line repaired,
 * a damaged line or another account's header refused) whose identity is the account, with one record per user
 * outcome ({@code line}, {@code email}, {@code outcome}, {@code id} or {@code reason}), appended as each request
 * ends. Read back, the last outcome recorded for an e-mail (ignoring case) is that user's.
 */
final class Bim360ImportReport implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLinesJournal journal;
    private final Map<String, AccountImportOutcome> previous;

    private Bim360ImportReport(JsonLinesJournal journal, Map<String, AccountImportOutcome> previous) {
        this.journal = journal;
        this.previous = previous;
    }

    /** A report that records nothing and remembers nothing (no --report). */
    static Bim360ImportReport none() {
        return new Bim360ImportReport(null, Map.of());
    }

    /**
     * @throws InvalidInputException when another run holds the file, it is damaged or it belongs to another account
     */
    static Bim360ImportReport open(Path file, String account) {
        Map<String, AccountImportOutcome> previous = new HashMap<>();
        ObjectNode identity = JSON.createObjectNode().put("import", "bim360-account-users").put("account", account);
        JsonLinesJournal journal = ReportJournal.open(file, identity, node -> read(file, node, previous));
        return new Bim360ImportReport(journal, previous);
    }

    /** One record of the report; a user whose record is missing was never learnt about and is treated as not sent. */
    private static void read(Path file, JsonNode node, Map<String, AccountImportOutcome> previous) {
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
        if (journal == null) {
            return;
        }
        ObjectNode node = JSON.createObjectNode().put("line", line).put("email", email)
                .put("outcome", outcome.name());
        if (id != null) {
            node.put("id", id);
        }
        if (reason != null) {
            node.put("reason", reason);
        }
        journal.append(node.put("at", Instant.now().toString()));
    }

    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
