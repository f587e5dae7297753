package io.github.roster.cli;

import io.github.roster.error.RosterException;
import io.github.roster.error.Violation;
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
            "--email matches exactly (ignoring case) among active and inactive users; no match exits 3.",
            "Batch: --csv/--ndjson FILE with a column id or email (one of them per row); every row is checked first"
                + " (a bad row: exit 2, nothing sent), then each user is deactivated as above and its outcome printed;"
                + " exit 4 when any row was not deactivated."})
final class ProcoreDeactivateUserCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Mixin
    ProcoreConnection procore;

    /** One user or a batch file. */
    static final class Target {
        @ArgGroup(exclusive = true, multiplicity = "1")
        ProcoreUserSelector who;

        @ArgGroup(exclusive = true, multiplicity = "1")
        BatchFile batch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    ProcoreDeactivateUserCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (target.batch != null) {
            return batch();
        }
        ProcoreUserSelector who = target.who;
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

    private int batch() {
        DeactivationRows rows = DeactivationRows.read(ctx, target.batch, Long.class, (id, bad) -> {
            if (Long.parseLong(id) < 1) {
                bad.add(new Violation("id", "Min", "must be at least 1", Long.parseLong(id)));
            }
        });
        try (ProcoreDirectoryClient client = procore.client(ctx);
             BatchOutcomes outcomes = new BatchOutcomes(ctx, procore.common.output)) {
            for (BatchRows.Row row : rows.rows()) {
                try {
                    Optional<CompanyUserDeactivation> done = row.text("id") != null
                            ? Optional.of(client.deactivateCompanyUser(procore.company, Long.parseLong(row.text("id"))))
                            : client.deactivateCompanyUserByEmail(procore.company, row.text("email"));
                    if (done.isEmpty()) {
                        outcomes.notDone(row.line(), "not_found", "no active or inactive user of company "
                                + procore.company + " has the e-mail; nothing was sent", null);
                    } else {
                        CompanyUserDeactivation d = done.get();
                        outcomes.succeeded(row.line(), d.sent() ? "deactivated" : "already_inactive",
                                (d.sent() ? "deactivated Procore user %d (%s)"
                                        : "Procore user %d (%s) was already inactive; nothing was sent")
                                        .formatted(d.user().getId(), d.user().getEmailAddress()), d.user());
                    }
                } catch (IllegalStateException ambiguous) {
                    outcomes.notDone(row.line(), "ambiguous", ambiguous.getMessage(), null);
                } catch (RosterException e) {
                    outcomes.failed(row.line(), e);
                }
            }
            return outcomes.exitCode();
        }
    }
}
