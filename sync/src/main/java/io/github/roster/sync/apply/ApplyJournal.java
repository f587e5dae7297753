package io.github.roster.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.journal.JsonLinesJournal;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal of applying one plan, beside the plan: a {@code started} record before an action's write is sent,
 * an {@code ended} record with its outcome once it is verified (or found stale, or refused). Its identity is the
 * plan's digest; one writer at a time ({@link JsonLinesJournal}). An action whose last record is {@code started},
 * or that ended {@code unverified}, may have been done: it is resolved by reading the target before anything is
 * sent again.
 */
final class ApplyJournal implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLinesJournal journal;
    private final Clock clock;
    private final Map<String, JsonNode> last = new HashMap<>();

    private ApplyJournal(Path file, String planDigest, boolean durable, Clock clock) {
        this.clock = clock;
        this.journal = JsonLinesJournal.open(file, identity(planDigest), durable,
                record -> last.put(record.path("action").asText(), record));
    }

    static ApplyJournal open(Path file, String planDigest, boolean durable, Clock clock) {
        return new ApplyJournal(file, planDigest, durable, clock);
    }

    static ObjectNode identity(String planDigest) {
        ObjectNode identity = JSON.createObjectNode();
        identity.put("plan_digest", planDigest);
        return identity;
    }

    /** The last record of an action, if it has any. */
    synchronized Optional<JsonNode> last(PlannedAction action) {
        return Optional.ofNullable(last.get(action.id()));
    }

    /** Whether an earlier run may have done this action without knowing the outcome. */
    synchronized boolean uncertain(PlannedAction action) {
        JsonNode record = last.get(action.id());
        return record != null && ("started".equals(record.path("type").asText())
                || ActionOutcome.UNVERIFIED.key().equals(record.path("outcome").asText()));
    }

    /** The outcome an earlier run recorded, if the action ended. */
    synchronized Optional<ActionOutcome> ended(PlannedAction action) {
        JsonNode record = last.get(action.id());
        if (record == null || !"ended".equals(record.path("type").asText())) {
            return Optional.empty();
        }
        return Optional.of(ActionOutcome.fromKey(record.path("outcome").asText()));
    }

    /** Every action's last record, for the state file to be brought up to date with verified results. */
    synchronized List<JsonNode> lastRecords() {
        return List.copyOf(last.values());
    }

    void started(List<PlannedAction> actions) {
        for (PlannedAction a : actions) {
            ObjectNode record = JSON.createObjectNode();
            record.put("type", "started");
            record.put("action", a.id());
            record.put("at", clock.instant().toString());
            append(a, record);
        }
    }

    void ended(PlannedAction a, ActionOutcome outcome, String userId, String reason) {
        ObjectNode record = JSON.createObjectNode();
        record.put("type", "ended");
        record.put("action", a.id());
        record.put("outcome", outcome.key());
        if (userId != null) {
            record.put("user_id", userId);
        }
        if (reason != null) {
            record.put("reason", reason);
        }
        record.put("at", clock.instant().toString());
        append(a, record);
    }

    private synchronized void append(PlannedAction a, ObjectNode record) {
        journal.append(record);
        last.put(a.id(), record);
    }

    Path file() {
        return journal.file();
    }

    @Override
    public void close() {
        journal.close();
    }
}
