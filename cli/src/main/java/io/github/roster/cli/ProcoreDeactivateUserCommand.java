package io.github.roster.cli;

import io.github.roster.procore.CompanyUserDeactivation;
import io.github.roster.procore.ProcoreDirectoryClient;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code roster procore deactivate-user}: is_active=false, nothing deleted. */
@Command(name = "deactivate-user", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Deactivates a Procore company user (is_active=false; nothing is deleted).",
            "Reads the user first: an inactive user is left alone; otherwise only is_active is changed (last name"
                + " and e-mail, which Procore requires, are sent as just read).",
            "--email matches exactly (ignoring case) among active and inactive users; no match exits 3."})
final class ProcoreDeactivateUserCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    ProcoreConnection procore;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ProcoreUserSelector who;

    ProcoreDeactivateUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (ProcoreDirectoryClient client = procore.client(ctx)) {
            Optional<CompanyUserDeactivation> done;
            try {
                done = who.user != null ? Optional.of(client.deactivateCompanyUser(procore.company, who.user))
                        : client.deactivateCompanyUserByEmail(procore.company, who.email);
            } catch (IllegalStateException ambiguous) {
                ctx.err().println("roster: " + ambiguous.getMessage());
                return ExitCodes.REFUSED;
            }
            if (done.isEmpty()) {
                ctx.err().println("roster: no active or inactive user of company " + procore.company + " has the e-mail "
                        + who.email + "; nothing was sent");
                return ExitCodes.REFUSED;
            }
            CompanyUserDeactivation d = done.get();
            if (procore.text()) {
                ctx.out().printf(d.sent() ? "deactivated Procore user %d (%s)%n"
                        : "Procore user %d (%s) was already inactive; nothing was sent%n",
                        d.user().getId(), d.user().getEmailAddress());
            } else {
                ctx.out().println(Printer.json(d.user()));
            }
        }
        return ExitCodes.OK;
    }
}
