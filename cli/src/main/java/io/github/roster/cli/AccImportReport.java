package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AccImportBatch;
import io.github.roster.error.ApiException;
import io.github.roster.sync.journal.JsonLinesJournal;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --report} file of an ACC import: a {@link JsonLinesJournal} (one writer, a cut last line repaired, a
 * damaged line or a header of another project refused) whose identity is the project and region, and whose
 * records say what happened to each user, keyed by e-mail (ignoring case):
 * <ul>
 *   <li>{@code sending}: a request with these users is about to be sent (written before sending);</li>
 *   <li>{@code accepted}: the vendor took them (202, with its job id), or a read of the project found them;</li>
 *   <li>{@code failed-definitely}: the vendor refused them (a 4xx): nothing was imported; sent again next run;</li>
 *   <li>{@code uncertain}: the request may have been processed (no answer after sending, a 5xx).</li>
 * </ul>
 * The last record naming a user is that user's state; a {@code sending} that no outcome followed (the run was
 * killed with the request in flight) reads as {@code uncertain}. Keyed by user, an edited CSV resumes exactly:
 * users accepted are skipped wherever their row moved, new rows are sent.
 */
final class AccImportReport implements Closeable {

    /** A user's state in the report. */
    enum State {
        /** In a request whose outcome was never recorded; read back as {@link #UNCERTAIN}. */
        SENDING("sending"),
        /** Taken by the vendor, or found in the project. */
        ACCEPTED("accepted"),
        /** Refused by the vendor (4xx): not imported, safe to send again once the row is fixed. */
        FAILED_DEFINITELY("failed-definitely"),
        /** May have been imported: read the project before sending again. */
        UNCERTAIN("uncertain");

        private final String wire;

        State(String wire) {
            this.wire = wire;
        }

        static State of(String wire) {
            for (State s : values()) {
                if (s.wire.equals(wire)) {
                    return s;
                }
            }
            return null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLinesJournal journal;
    private final Map<String, State> states;

    private AccImportReport(JsonLinesJournal journal, Map<String, State> states) {
        this.journal = journal;
        this.states = states;
    }

    /** A report that records nothing and remembers nothing (no --report). */
    static AccImportReport none() {
        return new AccImportReport(null, new HashMap<>());
    }

    /**
     * Opens (or creates) and locks the report of an import into {@code project}.
     *
     * @param region the region the import goes to (the vendor's default, US, when none is given)
     * @throws InvalidInputException when another run holds it, it belongs to another project or region, or it is
     *     damaged: nothing has been sent
     */
    static AccImportReport open(Path file, String project, String region) {
        ObjectNode identity = JSON.createObjectNode().put("import", "acc-project-users").put("project", project)
                .put("region", region);
        Map<String, State> states = new HashMap<>();
        JsonLinesJournal journal = ReportJournal.open(file, identity, record -> read(file, record, states));
        states.replaceAll((email, state) -> state == State.SENDING ? State.UNCERTAIN : state);
        return new AccImportReport(journal, states);
    }

    private static void read(Path file, JsonNode record, Map<String, State> states) {
        if (!record.has("state")) {
            return; // a run's start: context for a reader, no user's state
        }
        State state = State.of(record.path("state").asText());
        JsonNode emails = record.path("emails");
        if (state == null || !emails.isArray()) {
            throw new InvalidInputException("--report " + file + ": unreadable record " + record
                    + "; keep the file for inspection, check the project's users, and start over with a new file");
        }
        emails.forEach(e -> states.put(key(e.asText()), state));
    }

    static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether opening cut off a line that a killed run left half-written. */
    boolean repaired() {
        return journal != null && journal.repaired();
    }

    /** The state an earlier run's records gave this user, or null when none did. */
    State stateOf(String email) {
        return states.isEmpty() ? null : states.get(key(email));
    }

    /** Whether an earlier run left any user uncertain (then the CSV is read for them before sending). */
    boolean anyUncertain() {
        return states.containsValue(State.UNCERTAIN);
    }

    /** Records the start of a run (for a reader of the report; it changes no user's state). */
    void runStarted(Path csv, int users) {
        append(JSON.createObjectNode().put("run", "started").put("csv", csv.toString()).put("users", users));
    }

    /** Records that a request with these users is about to be sent; written before sending. */
    void sending(int request, Collection<String> emails) {
        append(record(State.SENDING, emails).put("request", request));
    }

    /** Records a request's outcome: accepted, failed definitely, or uncertain. */
    void outcome(AccImportBatch batch) {
        State state = batch.accepted() ? State.ACCEPTED
                : batch.mayHaveBeenProcessed() ? State.UNCERTAIN : State.FAILED_DEFINITELY;
        ObjectNode node = record(state, batch.users().stream().map(u -> u.getEmail()).toList())
                .put("request", batch.index());
        if (batch.accepted()) {
            node.put("jobId", batch.jobId() == null ? null : batch.jobId().toString());
        } else {
            ObjectNode error = node.putObject("error");
            if (batch.error() instanceof ApiException api) {
                error.put("status", api.status());
                api.vendorCode().ifPresent(c -> error.put("code", c));
            }
            error.put("message", batch.error().getMessage());
            if (state == State.UNCERTAIN) {
                node.put("mayHaveBeenProcessed", true);
            }
        }
        append(node);
    }

    /** Records uncertain users that a read of the project found: accepted, never to be sent again. */
    void foundInProject(Collection<String> emails) {
        append(record(State.ACCEPTED, emails).put("resolvedBy", "found among the project's users"));
        emails.forEach(e -> states.put(key(e), State.ACCEPTED));
    }

    /**
     * A record of these users' new state. Only users found in the project before sending change the states
     * {@link #stateOf} answers ({@link #foundInProject}): the send pass asks about each user once, before any
     * record about it (each user is one row; repeated e-mails are refused before sending).
     */
    private static ObjectNode record(State state, Collection<String> emails) {
        ObjectNode node = JSON.createObjectNode().put("state", state.wire);
        ArrayNode list = node.putArray("emails");
        emails.forEach(list::add);
        return node;
    }

    private void append(ObjectNode node) {
        if (journal != null) {
            journal.append(node.put("at", Instant.now().toString()));
        }
    }

    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
