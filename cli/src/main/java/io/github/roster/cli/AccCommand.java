package io.github.roster.cli;

import picocli.CommandLine.Command;

/** {@code roster acc}: ACC Admin. */
@Command(name = "acc", description = "Autodesk Construction Cloud Admin (construction/admin/v2).",
        mixinStandardHelpOptions = true, subcommands = {AccImportUsersCommand.class, AccListProjectUsersCommand.class,
                AccUpdateProjectUserCommand.class, AccRemoveProjectUserCommand.class, AccUserProjectsCommand.class,
                HelpCommand.class})
final class AccCommand {
}
