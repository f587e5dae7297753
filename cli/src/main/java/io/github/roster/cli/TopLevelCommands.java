package io.github.roster.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Adds roster's top-level commands to the root command line, building the full model (every option of every
 * nested command, read reflectively by picocli) only for the command the line invokes. The others get a stand-in
 * carrying what {@code roster --help} and picocli's "did you mean" need (name, aliases, header, description,
 * hidden), read from their {@code @Command}; a stand-in is never parsed into, because its name is not on the line.
 * Building the whole tree was most of a short command's start-up (issue 17).
 *
 * <p>Everything is built when the line does not say which command runs: an {@code @argument-file}, a {@code --}
 * before the command, or {@code completion} (which prints the whole tree). {@code help NAME} builds NAME too.
 */
final class TopLevelCommands {

    /** The top-level commands, in the order {@code roster --help} lists them. */
    static final List<Class<?>> ALL = List.of(Bim360Command.class, AccCommand.class, ProcoreCommand.class,
            SyncCommand.class, SandboxCommand.class, DemoCommand.class, CompletionCommand.class, HelpCommand.class);

    private TopLevelCommands() {
    }

    /**
     * Adds every top-level command to {@code root}: in full the ones {@code args} may run, stand-ins for the rest.
     *
     * @param root the {@code roster} command line, without subcommands yet
     * @param args the command line as given
     * @param factory creates command objects
     */
    static void addTo(CommandLine root, String[] args, CommandLine.IFactory factory) {
        Set<String> needed = needed(args);
        for (Class<?> type : ALL) {
            Command command = type.getAnnotation(Command.class);
            if (needed == null || needed.contains(command.name())) {
                root.addSubcommand(new CommandLine(type, factory));
            } else {
                root.addSubcommand(command.name(), new CommandLine(standIn(command)));
            }
        }
    }

    /** The names of the top-level commands {@code args} may run (also help's target), or null for all of them. */
    static Set<String> needed(String[] args) {
        Set<String> needed = new HashSet<>();
        for (String arg : args) {
            if (arg.startsWith("@") || arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                continue; // roster's own options (-h, -V) take no value
            }
            if (needed.isEmpty() && arg.equals("completion")) {
                return null;
            }
            needed.add(arg);
            if (!(needed.size() == 1 && arg.equals("help"))) {
                return needed;
            }
        }
        return needed;
    }

    private static CommandSpec standIn(Command command) {
        CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
    }
}
