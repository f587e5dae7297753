package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.error.ApiException;
import io.github.roster.error.TransportException;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure as the one JSON object {@code --output json} prints on standard output, e.g.
 * {@code {"error":"validation","violations":[{"line":3,"path":"email","rule":"Email","value":"x"}]}},
 * {@code {"error":"api","status":404,...}}, {@code {"error":"transport","mayHaveBeenProcessed":true,...}}.
 * Built from the exceptions' fields, which never hold a credential.
 */
final class FailureJson {

    private static final Pattern LINE_PATH = Pattern.compile("line (\\d+): (.*)");

    private FailureJson() {
    }

    /** A usage error: an unknown or missing option or command. */
    static ObjectNode usage(String message) {
        return Printer.mapper().createObjectNode().put("error", "usage").put("message", message);
    }

    /** Any failure of a command that ran. */
    static ObjectNode of(Throwable e) {
        if (e instanceof ValidationException v) {
            ObjectNode node = error("validation", "invalid input, nothing was sent");
            ArrayNode list = node.putArray("violations");
            for (Violation violation : v.violations()) {
                ObjectNode item = list.addObject();
                Matcher byLine = LINE_PATH.matcher(violation.path());
                String path = violation.path();
                if (byLine.matches()) { // a CSV row's field, named "line 3: email_address" (ProcoreSyncCsv.at)
                    item.put("line", Long.parseLong(byLine.group(1)));
                    path = byLine.group(2);
                }
                violation(item, path, violation.rule(), violation.message(), violation.rejectedValue());
            }
            return node;
        }
        if (e instanceof InvalidRowsException rows) {
            ObjectNode node = error("validation", rows.getMessage()).put("total", rows.total());
            ArrayNode list = node.putArray("violations");
            for (RowViolation r : rows.violations()) {
                violation(list.addObject().put("line", r.line()), r.path(), r.rule(), r.message(), r.value());
            }
            return node;
        }
        if (e instanceof InvalidInputException) {
            return error("invalid-input", e.getMessage());
        }
        if (e instanceof ApiException api) {
            ObjectNode node = Printer.mapper().createObjectNode().put("error", "api").put("status", api.status());
            api.vendorCode().ifPresent(code -> node.put("vendorCode", code));
            node.put("message", api.vendorMessage().orElse(api.getMessage()));
            api.requestId().ifPresent(id -> node.put("requestId", id));
            api.retryAfter().ifPresent(wait -> node.put("retryAfterSeconds", wait.toSeconds()));
            return node;
        }
        if (e instanceof TransportException t) {
            return Printer.mapper().createObjectNode().put("error", "transport")
                    .put("mayHaveBeenProcessed", t.requestMayHaveBeenProcessed()).put("message", t.getMessage());
        }
        return error("unexpected", String.valueOf(e.getMessage()));
    }

    private static ObjectNode error(String kind, String message) {
        return Printer.mapper().createObjectNode().put("error", kind).put("message", message);
    }

    private static void violation(ObjectNode node, String path, String rule, String message, Object value) {
        node.put("path", path).put("rule", rule).put("message", message);
        if (value != null) {
            if (value instanceof Number || value instanceof Boolean) {
                node.set("value", Printer.mapper().valueToTree(value));
            } else {
                node.put("value", String.valueOf(value));
            }
        }
    }
}
