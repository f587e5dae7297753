package io.github.roster.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * A command line picocli could not parse: the error, the closest option or command when one was mistyped, and a
 * short usage (the synopsis and where the full help is), not the whole help. Exit code {@value ExitCodes#INVALID_INPUT}.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private static final int MAX_SUGGESTIONS = 3;

    private final CliContext ctx;

    UsageErrors(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException reported, String[] args) {
        CommandLine.ParameterException e = unmatchedFirst(reported);
        // picocli quotes unmatched arguments back: never a secret option's value
        String message = SecretArguments.redact(e.getMessage(), args);
        if (JsonOutputRequested.in(Arrays.asList(args))) {
            ctx.out().println(Printer.json(FailureJson.usage(message)));
        }
        ctx.err().println("roster: " + message);
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            List<String> closest = unmatched.getSuggestions().stream().limit(MAX_SUGGESTIONS).toList();
            ctx.err().println("Did you mean " + String.join(" or ", closest) + "?");
        }
        CommandLine command = e.getCommandLine();
        ctx.err().print("Usage: " + new CommandLine.Help(command.getCommandSpec()).abbreviatedSynopsis());
        ctx.err().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.INVALID_INPUT;
    }

    /** A mistyped option explains a missing one: picocli reports the missing one first, we report the typo. */
    private static CommandLine.ParameterException unmatchedFirst(CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof CommandLine.MissingParameterException && !command.getUnmatchedArguments().isEmpty()) {
            return new CommandLine.UnmatchedArgumentException(command, command.getUnmatchedArguments());
        }
        return e;
    }
}
