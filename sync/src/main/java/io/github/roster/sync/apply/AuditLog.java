package io.github.roster.sync.apply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.journal.JsonLinesJournal;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The audit log of applying one plan: append-only JSON Lines beside the plan, one record per action that ended,
 * with the time, platform, target, person, the values before (as read just before acting) and after (as read
 * back), the outcome and reason, the vendor's request ids and the plan's digest. It holds ids and the planned
 * fields only: never a token, secret or request body.
 */
final class AuditLog implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLinesJournal log;
    private final String planDigest;
    private final Clock clock;

    AuditLog(Path file, String planDigest, boolean durable, Clock clock) {
        this.planDigest = planDigest;
        this.clock = clock;
        this.log = JsonLinesJournal.open(file, ApplyJournal.identity(planDigest), durable, record -> { });
    }

    void record(ActionResult result, Map<String, String> before, Map<String, String> after, boolean resolved) {
        PlannedAction a = result.action();
        ObjectNode record = JSON.createObjectNode();
        record.put("at", clock.instant().toString());
        record.put("plan_digest", planDigest);
        record.put("action", a.id());
        record.put("platform", a.platform().key());
        record.put("target", a.target());
        record.put("kind", a.kind().key());
        record.put("employee_id", a.employeeId());
        record.put("email", a.email());
        if (result.userId() != null) {
            record.put("user_id", result.userId());
        }
        record.put("outcome", result.outcome().key());
        if (result.reason() != null) {
            record.put("reason", result.reason());
        }
        if (resolved) {
            record.put("resolved_from_earlier_run", true);
        }
        ObjectNode b = record.putObject("before");
        before.forEach(b::put);
        ObjectNode after1 = record.putObject("after");
        after.forEach(after1::put);
        record.putArray("request_ids").addAll(result.requestIds().stream().map(JSON.getNodeFactory()::textNode).toList());
        log.append(record);
    }

    @Override
    public void close() {
        log.close();
    }
}
