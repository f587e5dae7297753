package io.github.roster.cli;

import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.procore.CompanyUserMatch;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code roster procore reactivate-user}: the documented v1.0 reactivation. */
@Command(name = "reactivate-user", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reactivates an inactive Procore company user (PATCH .../users/inactive/{id}, Procore's"
                + " documented path).",
            "--email matches exactly (ignoring case); an active match is left alone; no match exits 3."})
final class ProcoreReactivateUserCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    ProcoreConnection procore;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ProcoreUserSelector who;

    ProcoreReactivateUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            long id;
            if (who.user != null) {
                id = who.user;
            } else {
                List<CompanyUserMatch> found = client.findCompanyUsersByEmail(procore.company, who.email);
                if (found.size() != 1) {
                    ctx.err().println("roster: " + Plural.of(found.size(), "user") + " of company " + procore.company
                            + (found.size() == 1 ? " has" : " have") + " the e-mail " + who.email + "; nothing was sent");
                    return ExitCodes.REFUSED;
                }
                if (found.get(0).active()) {
                    print(found.get(0).user(), "Procore user %d (%s) is already active; nothing was sent%n");
                    return ExitCodes.OK;
                }
                id = found.get(0).id();
            }
            print(client.reactivateCompanyUser(procore.company, id), "reactivated Procore user %d (%s)%n");
        }
        return ExitCodes.OK;
    }

    private void print(CompanyUser user, String text) {
        if (procore.text()) {
            ctx.out().printf(text, user.getId(), user.getEmailAddress());
        } else {
            ctx.out().println(Printer.json(user));
        }
    }
}
