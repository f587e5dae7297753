package io.github.roster.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code roster procore}: Procore directory. */
@Command(name = "procore", description = "Procore directory (REST v1.3).",
        mixinStandardHelpOptions = true, subcommands = {
            ProcoreFindUserCommand.class,
            ProcoreListUsersCommand.class,
            ProcoreCreateUserCommand.class,
            ProcoreUpdateUserCommand.class,
            ProcoreDeactivateUserCommand.class,
            ProcoreReactivateUserCommand.class,
            ProcoreSyncUsersCommand.class, HelpCommand.class})
final class ProcoreCommand {

    /**
     * Adds the options generated from the spec's models to the commands that take one per field.
     *
     * @param procore this group's command line
     */
    static void addFieldOptions(CommandLine procore) {
        ProcoreUpdateUserCommand.addFieldOptions(procore.getSubcommands().get("update-user").getCommandSpec());
        ProcoreCreateUserCommand.addFieldOptions(procore.getSubcommands().get("create-user").getCommandSpec());
    }
}
