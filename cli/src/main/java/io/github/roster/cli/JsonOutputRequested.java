package io.github.roster.cli;

import java.util.List;
import picocli.CommandLine;

/** Whether a run asked for {@code --output json}: then its failure, too, is one JSON object on standard output. */
final class JsonOutputRequested {

    private JsonOutputRequested() {
    }

    /** From a parsed command line: the {@code --output} of the command or any of its parents. */
    static boolean in(CommandLine.ParseResult parsed) {
        Object output = null;
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            output = level.matchedOptionValue("--output", output);
        }
        return output == CommonOptions.Output.json;
    }

    /** From the raw arguments, when they could not be parsed. */
    static boolean in(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equalsIgnoreCase("--output=json") || a.equals("--output") && i + 1 < args.size()
                    && args.get(i + 1).equalsIgnoreCase("json")) {
                return true;
            }
        }
        return false;
    }
}
