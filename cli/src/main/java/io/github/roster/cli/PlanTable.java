package io.github.roster.cli;

import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.TargetSnapshot;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plan as a reviewer reads it: per target, one line per action (kind, employee id, e-mail, user id, then each
 * change as {@code field: old -> new} and the reason), then the count of each kind per platform.
 */
final class PlanTable {

    private PlanTable() {
    }

    static String render(Plan plan) {
        StringBuilder out = new StringBuilder();
        int writes = plan.writeActions().size();
        out.append("Plan: ").append(Plural.of(writes, "change")).append(", ")
                .append(Plural.of(plan.actions().size() - writes, "note")).append(" (")
                .append(Plural.of(plan.hrPeople(), "person", "people")).append(" in HR)\n");
        for (TargetSnapshot t : plan.targets()) {
            List<PlannedAction> actions = plan.actions().stream()
                    .filter(a -> a.platform() == t.platform() && a.target().equals(t.target())).toList();
            out.append('\n').append(t.platform().key()).append(' ').append(t.target()).append("  (")
                    .append(Plural.of(t.users(), "user")).append(" read, ")
                    .append(Plural.of(actions.size(), "action")).append(")\n");
            int kindWidth = actions.stream().mapToInt(a -> a.kind().key().length()).max().orElse(0);
            int idWidth = actions.stream().mapToInt(a -> who(a).length()).max().orElse(0);
            int emailWidth = actions.stream().mapToInt(a -> String.valueOf(a.email()).length()).max().orElse(0);
            for (PlannedAction a : actions) {
                out.append("  ").append(pad(a.kind().key(), kindWidth)).append("  ").append(pad(who(a), idWidth))
                        .append("  ").append(pad(String.valueOf(a.email()), emailWidth));
                String detail = changes(a.changes());
                if (!detail.isEmpty()) {
                    out.append("  ").append(detail);
                }
                if (a.reason() != null) {
                    out.append("  (").append(a.reason()).append(')');
                }
                out.append('\n');
            }
        }
        out.append("\nSummary:\n");
        Map<String, Map<String, Integer>> summary = plan.summary();
        if (summary.isEmpty()) {
            out.append("  nothing to do: every target matches HR\n");
        }
        summary.forEach((platform, kinds) -> out.append("  ").append(pad(platform, 8)).append(kinds.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n'));
        return out.toString();
    }

    private static String who(PlannedAction a) {
        return a.employeeId() != null ? a.employeeId() : "-";
    }

    private static String changes(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
