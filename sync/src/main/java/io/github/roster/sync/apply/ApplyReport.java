package io.github.roster.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlanJson;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SyncInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where applying a plan stands, from the plan, its journal and its audit log (read only; a run may be going on):
 * each write action's last state and, when it ended, its outcome, reason, user id and request ids.
 *
 * @param planDigest the plan's digest
 * @param entries one per write action, in plan order
 */
public record ApplyReport(String planDigest, List<Entry> entries) {

    /** The state of an action no run has started. */
    public static final String NOT_STARTED = "not-started";
    /** The state of an action a run started and has not ended (running now, or stopped: resolved on re-run). */
    public static final String STARTED = "started";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One action's line.
     *
     * @param action the planned action
     * @param state an {@link ActionOutcome} key, {@link #STARTED} or {@link #NOT_STARTED}
     * @param at when the state was recorded (ISO 8601), or null
     * @param userId the vendor's user id, when known
     * @param reason the reason recorded, or null
     * @param requestIds the vendor's request ids of the last run that sent it
     */
    public record Entry(PlannedAction action, String state, String at, String userId, String reason,
                        List<String> requestIds) {

        /**
         * Copies the list.
         *
         * @param action the action
         * @param state the state
         * @param at the time or null
         * @param userId the user id or null
         * @param reason the reason or null
         * @param requestIds request ids
         */
        public Entry {
            requestIds = List.copyOf(requestIds);
        }
    }

    /**
     * Copies the list.
     *
     * @param planDigest the digest
     * @param entries the entries
     */
    public ApplyReport {
        entries = List.copyOf(entries);
    }

    /**
     * Reads a plan file and the journal and audit log beside it.
     *
     * @param planFile the plan
     * @return the report; every action {@link #NOT_STARTED} when no run has begun
     * @throws SyncInputException when the plan is invalid, or the journal or audit log belongs to another plan
     * @throws UncheckedIOException when a file cannot be read
     */
    public static ApplyReport read(Path planFile) {
        Plan plan = PlanJson.read(planFile);
        String digest = PlanJson.digest(plan);
        Map<String, JsonNode> journal = lastByAction(SyncApplier.journalFile(planFile), digest);
        Map<String, JsonNode> audit = lastByAction(SyncApplier.auditFile(planFile), digest);
        List<Entry> entries = new ArrayList<>();
        for (PlannedAction a : plan.writeActions()) {
            JsonNode j = journal.get(a.id());
            JsonNode detail = audit.get(a.id());
            String state = j == null ? NOT_STARTED
                    : "started".equals(j.path("type").asText()) ? STARTED : j.path("outcome").asText();
            List<String> requestIds = new ArrayList<>();
            if (detail != null && !STARTED.equals(state)) {
                detail.path("request_ids").forEach(id -> requestIds.add(id.asText()));
            }
            entries.add(new Entry(a, state, j == null ? null : text(j, "at"), j == null ? null : text(j, "user_id"),
                    j == null ? null : text(j, "reason"), requestIds));
        }
        return new ApplyReport(digest, entries);
    }

    /**
     * How many actions are in each state.
     *
     * @return counts by state, in a stable order
     */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.state(), 1, Integer::sum));
        return counts;
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.path(field).asText() : null;
    }

    /** The last record per action of a JSON Lines file with a header, read without taking its lock. */
    private static Map<String, JsonNode> lastByAction(Path file, String digest) {
        Map<String, JsonNode> last = new HashMap<>();
        if (!Files.exists(file)) {
            return last;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                node = null;
            }
            if (node == null || !node.isObject()) {
                if (i == lines.size() - 1) {
                    break; // a line being written, or cut by a crash: the next apply repairs it
                }
                throw new SyncInputException(file.toString(), List.of("line " + (i + 1) + ": damaged (not a JSON object)"));
            }
            if (i == 0) {
                if (!digest.equals(node.path("identity").path("plan_digest").asText())) {
                    throw new SyncInputException(file.toString(), List.of("line 1: belongs to another plan ("
                            + node.path("identity") + "), not to this one (" + digest + ")"));
                }
                continue;
            }
            last.put(node.path("action").asText(), node);
        }
        return last;
    }
}
