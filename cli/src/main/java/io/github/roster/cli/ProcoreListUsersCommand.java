package io.github.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster procore list-users}: every active, inactive or all company users, streamed. */
@Command(name = "list-users", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists every ACTIVE company user (Procore's list), or with --inactive every inactive one,"
                + " or with --all both (active first).",
            "Pages are followed to the end and printed as they arrive: --output json prints a JSON array,"
                + " ndjson one object per line, text one line per user (id, e-mail, name, active)."})
final class ProcoreListUsersCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    ProcoreConnection procore;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--inactive", required = true, description = "Inactive users only.")
        boolean inactive;

        @Option(names = "--all", required = true, description = "Active, then inactive users.")
        boolean all;
    }

    ProcoreListUsersCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            Iterable<CompanyUser> users = which == null ? client.listCompanyUsers(procore.company)
                    : which.inactive ? client.listInactiveCompanyUsers(procore.company)
                    : client.listAllCompanyUsers(procore.company);
            Printer.list(ctx.out(), procore.common.output, users, u -> line(Printer.mapper().valueToTree(u)));
        }
        return ExitCodes.OK;
    }

    /** One user as a text line: id, e-mail, name, active. */
    static String line(JsonNode user) {
        return user.path("id").asText() + "\t" + user.path("email_address").asText("") + "\t"
                + user.path("name").asText(user.path("last_name").asText("")) + "\tactive="
                + user.path("is_active").asText("?");
    }
}
