package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.error.RosterException;

/**
 * The per-row outcomes of a batch, printed as each row finishes: {@code text} one line per row
 * ({@code line 2: ...}), {@code ndjson} one object per row, {@code json} one array of those objects, closed even
 * when a row fails. Each object is {@code {"line": 2, "outcome": "updated", "user": {...}}}, or for a failed row
 * {@code {"line": 3, "outcome": "failed", "error": {...}}} with the error as {@code --output json} prints a failure.
 * A summary goes to standard error. Close it to end the output.
 */
final class BatchOutcomes implements AutoCloseable {

    private final CliContext ctx;
    private final CommonOptions.Output output;
    private int done;
    private int failed;

    BatchOutcomes(CliContext ctx, CommonOptions.Output output) {
        this.ctx = ctx;
        this.output = output;
        if (output == CommonOptions.Output.json) {
            ctx.out().print("[");
        }
    }

    /**
     * A row that succeeded.
     *
     * @param line the row's line
     * @param outcome a short word, e.g. {@code updated}
     * @param text the line printed in text output (after {@code line N: })
     * @param user the user as answered, for JSON output; may be null
     */
    void succeeded(long line, String outcome, String text, Object user) {
        done++;
        ObjectNode node = node(line, outcome);
        node.set("user", Printer.mapper().valueToTree(user));
        print(node, text);
    }

    /**
     * A row that was read but not changed as asked (nothing found, several found, refused): it counts as failed.
     *
     * @param line the row's line
     * @param outcome a short word, e.g. {@code not_found}
     * @param message for people
     * @param user the user as read, for JSON output; may be null
     */
    void notDone(long line, String outcome, String message, Object user) {
        failed++;
        ObjectNode node = node(line, outcome).put("message", message);
        node.set("user", Printer.mapper().valueToTree(user));
        print(node, outcome + ": " + message);
    }

    /**
     * A row whose call failed.
     *
     * @param line the row's line
     * @param failure what went wrong
     */
    void failed(long line, RosterException failure) {
        failed++;
        ObjectNode node = node(line, "failed");
        node.set("error", FailureJson.of(failure));
        print(node, "failed: " + failure.getMessage());
    }

    private static ObjectNode node(long line, String outcome) {
        return Printer.mapper().createObjectNode().put("line", line).put("outcome", outcome);
    }

    private void print(ObjectNode node, String text) {
        switch (output) {
            case json -> ctx.out().print((done + failed == 1 ? "\n  " : ",\n  ") + Printer.compact(node));
            case ndjson -> ctx.out().println(Printer.compact(node));
            default -> ctx.out().println("line " + node.get("line").asLong() + ": " + text);
        }
        ctx.out().flush();
    }

    /**
     * The exit code: {@link ExitCodes#NOT_COMPLETED} when any row failed.
     *
     * @return the code
     */
    int exitCode() {
        return failed > 0 ? ExitCodes.NOT_COMPLETED : ExitCodes.OK;
    }

    /** Closes a JSON array and prints the summary on standard error. */
    @Override
    public void close() {
        if (output == CommonOptions.Output.json) {
            ctx.out().println(done + failed == 0 ? "]" : "\n]");
        }
        ctx.err().println("roster: " + Plural.of(done + failed, "row") + ": " + done + " done, " + failed + " failed");
    }
}
