package io.github.roster.cli;

import picocli.CommandLine.Command;

/** {@code roster bim360}: BIM 360 Account Admin. */
@Command(name = "bim360", description = "Autodesk BIM 360 Account Admin (hq/v1).",
        mixinStandardHelpOptions = true, subcommands = {Bim360GetUserCommand.class, Bim360UpdateUserCommand.class,
            Bim360FindUserCommand.class, Bim360ListUsersCommand.class, Bim360CreateUserCommand.class,
            Bim360ImportUsersCommand.class, Bim360DeactivateUserCommand.class, HelpCommand.class})
final class Bim360Command {
}
