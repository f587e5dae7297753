package io.github.roster.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.procore.CompanyUserMatch;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster procore find-user}: exact e-mail lookup over active and inactive company users. */
@Command(name = "find-user", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds the company users whose e-mail is exactly E (ignoring case), active and inactive.",
            "Procore's own search is fuzzy (ann.lee also finds joann.lee): every hit is compared exactly.",
            "Each user is printed with is_active saying which list it is in; none found prints nothing (exit 0)."})
final class ProcoreFindUserCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    ProcoreConnection procore;

    @Option(names = "--email", required = true, paramLabel = "E", description = "The e-mail address.")
    String email;

    ProcoreFindUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            List<ObjectNode> found = client.findCompanyUsersByEmail(procore.company, email).stream()
                    .map(ProcoreFindUserCommand::withListStatus).toList();
            Printer.list(ctx.out(), procore.common.output, found, ProcoreListUsersCommand::line);
        }
        return ExitCodes.OK;
    }

    /** The user as JSON with {@code is_active} from the list it was found in. */
    static ObjectNode withListStatus(CompanyUserMatch match) {
        ObjectNode node = Printer.mapper().valueToTree(match.user());
        node.put("is_active", match.active());
        return node;
    }
}
