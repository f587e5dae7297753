package io.github.roster.cli;

import io.github.roster.client.autodesk.model.AccountUser;

/** How BIM 360 account users print: as JSON, JSON Lines, or one summary line each. */
final class Bim360UserLines {

    private Bim360UserLines() {
    }

    static String text(AccountUser u) {
        return u.getId() + "  " + u.getEmail() + "  status=" + u.getStatus() + "  name=" + u.getName()
                + "  company=" + u.getCompanyId();
    }

    /** Prints users in the chosen output, streaming: each user as it arrives. */
    static void print(CliContext ctx, CommonOptions.Output output, Iterable<AccountUser> users) {
        Printer.list(ctx.out(), output, users, Bim360UserLines::text);
    }
}
