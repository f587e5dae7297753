package io.github.roster.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Runs the command a line names; a group named without one of its commands ({@code roster}, {@code roster acc})
 * prints its usage to standard error and exits {@value ExitCodes#INVALID_INPUT}, a usage error.
 */
final class CommandRequired implements CommandLine.IExecutionStrategy {

    private final CliContext ctx;

    CommandRequired(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public int execute(CommandLine.ParseResult parsed) {
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        boolean helpAsked = commands.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested());
        Object command = last.getCommand();
        if (!helpAsked && !(command instanceof Runnable) && !(command instanceof Callable)) {
            String name = last.getCommandSpec().qualifiedName();
            if (JsonOutputRequested.in(parsed)) {
                ctx.out().println(Printer.json(FailureJson.usage(name + ": a command is required")));
            }
            ctx.err().println(name + ": a command is required");
            last.usage(ctx.err());
            return ExitCodes.INVALID_INPUT;
        }
        return new CommandLine.RunLast().execute(parsed);
    }
}
