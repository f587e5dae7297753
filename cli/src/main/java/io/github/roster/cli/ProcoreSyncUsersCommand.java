package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.error.ValidationException;
import io.github.roster.procore.CompanyUserSyncItemResult;
import io.github.roster.procore.CompanyUserSyncResult;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster procore sync-users}: Sync Company Users from a CSV, with each row's outcome. */
@Command(name = "sync-users", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Creates or updates company users from a CSV with Procore's Sync Company Users (1,000 per"
                + " request). The header names wire fields of a sync item: id, origin_id, last_name, email_address,"
                + " is_active, ...; every row needs id or origin_id, unique in the file.",
            "Every row is checked before anything is sent (errors name the line and field, exit 2). Then each row's"
                + " outcome is printed: UPDATED (by id), SYNCED (by origin_id: created or updated), FAILED (Procore's"
                + " reason), UNKNOWN (the request may have been processed; read before re-sending). Exit 4 if any"
                + " row is FAILED or UNKNOWN."})
final class ProcoreSyncUsersCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    ProcoreConnection procore;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The users, one per row.")
    Path csv;

    ProcoreSyncUsersCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ProcoreSyncCsv rows = ProcoreSyncCsv.read(csv);
        if (!rows.violations().isEmpty()) {
            throw new ValidationException(rows.violations());
        }
        CompanyUserSyncResult result;
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            try {
                result = client.syncCompanyUsers(procore.company, rows.items());
            } catch (ValidationException e) {
                throw new ValidationException(e.violations().stream().map(rows::byLine).toList());
            }
        }
        List<ObjectNode> printed = new ArrayList<>(result.items().size());
        for (int i = 0; i < result.items().size(); i++) {
            printed.add(view(rows.lines().get(i), result.items().get(i)));
        }
        Printer.list(ctx.out(), procore.common.output, printed, ProcoreSyncUsersCommand::line);
        if (procore.text()) {
            ctx.out().println(result);
        }
        return result.allSucceeded() ? ExitCodes.OK : ExitCodes.NOT_COMPLETED;
    }

    private static ObjectNode view(long line, CompanyUserSyncItemResult r) {
        ObjectNode node = Printer.mapper().createObjectNode();
        node.put("line", line);
        if (r.item().getId() != null) {
            node.put("id", r.item().getId());
        }
        if (r.item().getOriginId() != null) {
            node.put("origin_id", r.item().getOriginId());
        }
        node.put("outcome", r.outcome().name());
        if (r.user() != null) {
            node.put("user_id", r.user().getId());
        }
        if (!r.errors().isEmpty()) {
            node.set("errors", Printer.mapper().valueToTree(r.errors()));
        }
        if (r.reason() != null) {
            node.put("reason", r.reason());
        }
        return node;
    }

    private static String line(ObjectNode n) {
        String key = n.has("origin_id") ? "origin_id=" + n.path("origin_id").asText() : "id=" + n.path("id").asText();
        return "line " + n.path("line").asText() + "\t" + key + "\t" + n.path("outcome").asText()
                + (n.has("user_id") ? "\tuser " + n.path("user_id").asText() : "")
                + (n.has("reason") ? "\t" + n.path("reason").asText() : "");
    }
}
