package io.github.roster.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code help [COMMAND...]} at every level: {@code roster help acc import-users} and {@code roster acc help
 * import-users} both show the help of {@code roster acc import-users} (picocli's own help command takes one name).
 */
@Command(name = "help", helpCommand = true,
        description = "Shows the help of a command, e.g. `roster help acc import-users`.")
final class HelpCommand implements Runnable {

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommands.")
    List<String> commands = new ArrayList<>();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    HelpCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void run() {
        CommandLine target = spec.parent().commandLine();
        for (String name : commands) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.UnmatchedArgumentException(target, List.of(name));
            }
            target = next;
        }
        target.usage(ctx.out());
    }
}
