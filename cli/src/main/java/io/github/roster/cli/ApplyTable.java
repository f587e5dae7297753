package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.sync.PlannedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The table of `sync apply` and `sync report`: one line per action, then the counts; and one action as JSON. */
final class ApplyTable {

    private final List<String[]> rows = new ArrayList<>();

    void row(String state, PlannedAction a, String reason, List<String> requestIds) {
        String detail = reason == null ? "" : reason;
        if (!requestIds.isEmpty()) {
            detail += (detail.isEmpty() ? "" : " ") + "[" + String.join(", ", requestIds) + "]";
        }
        rows.add(new String[] {state, a.platform().key(), a.target(), a.kind().key(),
            a.employeeId() == null ? "-" : a.employeeId(), a.email() == null ? "-" : a.email(), detail});
    }

    String render(Map<String, Integer> counts) {
        String[] header = {"STATE", "PLATFORM", "TARGET", "ACTION", "EMPLOYEE", "EMAIL", "DETAIL"};
        int[] width = new int[header.length - 1];
        for (int i = 0; i < width.length; i++) {
            width[i] = header[i].length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        rows.forEach(r -> line(out, r, width));
        out.append(counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", "\n", "\n")));
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        for (int i = 0; i < width.length; i++) {
            out.append(String.format("%-" + width[i] + "s  ", cells[i]));
        }
        out.append(cells[cells.length - 1].strip()).append('\n');
    }

    static ObjectNode json(PlannedAction a, String state, String reason, List<String> requestIds) {
        ObjectNode line = Printer.mapper().createObjectNode();
        line.put("action", a.id());
        line.put("state", state);
        line.put("platform", a.platform().key());
        line.put("target", a.target());
        line.put("kind", a.kind().key());
        line.put("employee_id", a.employeeId());
        line.put("email", a.email());
        if (reason != null) {
            line.put("reason", reason);
        }
        line.putArray("request_ids").addAll(requestIds.stream().map(Printer.mapper().getNodeFactory()::textNode)
                .toList());
        return line;
    }
}
