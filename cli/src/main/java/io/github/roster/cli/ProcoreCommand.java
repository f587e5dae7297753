package io.github.roster.cli;

import picocli.CommandLine.Command;

/** {@code roster procore}: Procore directory. */
@Command(name = "procore", description = "Procore directory (REST v1.3).",
        mixinStandardHelpOptions = true, subcommands = ProcoreUpdateUserCommand.class)
final class ProcoreCommand {
}
