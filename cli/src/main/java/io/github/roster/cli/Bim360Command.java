package io.github.roster.cli;

import picocli.CommandLine.Command;

/** {@code roster bim360}: BIM 360 Account Admin. */
@Command(name = "bim360", description = "Autodesk BIM 360 Account Admin (hq/v1).",
        mixinStandardHelpOptions = true, subcommands = {Bim360GetUserCommand.class, Bim360UpdateUserCommand.class})
final class Bim360Command {
}
