package io.github.roster.cli;

import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code roster} command. Run {@code roster --help}.
 */
@Command(name = "roster",
        mixinStandardHelpOptions = true,
        versionProvider = RosterCli.Version.class,
        description = "Administers users on Autodesk BIM 360, Autodesk Construction Cloud and Procore.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "2:invalid input (usage or validation): each bad field is named, nothing was sent",
            "3:refused by the API (4xx after any retries)",
            "4:not completed (rate limit, 5xx or network failure after retries)",
            "5:refused by a sync safety rule (which rule and the numbers are printed)"},
        footer = {"%nStopped by a signal, roster exits 130 (SIGINT, Ctrl-C) or 143 (SIGTERM); an import stopped so"
            + " writes its report and resumes on the next run.",
            "%nWith --output json, standard output holds JSON only: the result, or one object for a failure, e.g."
                + " {\"error\": \"validation\", \"violations\": [{\"line\": 3, \"path\": \"email\", \"rule\":"
                + " \"Email\", \"value\": \"x\"}]}; \"error\" is usage, validation, invalid-input, api (status,"
                + " vendorCode, message, requestId), transport (mayHaveBeenProcessed, message) or unexpected. A list that"
                + " fails part-way ends its array with that object (.[-1].error). Messages for people stay on standard"
                + " error.",
            "%nShell completion: source <(roster completion)   (bash; zsh after bashcompinit)."})
public final class RosterCli {

    /** {@code roster --version}: the version the build wrote into the facade, the one in the User-Agent. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"roster " + io.github.roster.RosterVersion.current()};
        }
    }

    RosterCli() {
    }

    /**
     * Runs {@code roster} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, new CliContext(System.out, System.err, System.getenv())));
    }

    /**
     * Runs {@code roster} without exiting.
     *
     * @param args the command line
     * @param ctx output streams and environment
     * @return the exit code
     */
    public static int run(String[] args, CliContext ctx) {
        // Hibernate Validator logs through JBoss Logging: route it to SLF4J so the CLI's levels apply.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        keepHttpClientWireLogsOff();
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.log.io.github.roster.http", "debug");
        }
        return commandLine(ctx, args).execute(args);
    }

    /**
     * Apache HttpClient's own {@code headers} and {@code wire} loggers print {@code Authorization} in full at
     * DEBUG/TRACE: they stay off in every log mode (Roster's {@code io.github.roster.wire} logger shows the
     * same traffic with secrets redacted). Set before any logger of theirs exists.
     */
    static void keepHttpClientWireLogsOff() {
        for (String logger : new String[] {"org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "off");
        }
    }

    /** The command line that runs {@code args}: the subcommands it does not run are only named (TopLevelCommands). */
    static CommandLine commandLine(CliContext ctx, String[] args) {
        ContextFactory factory = new ContextFactory(ctx);
        CommandLine cl = new CommandLine(new RosterCli(), factory);
        // before the settings below, which apply to the subcommands present when they are made
        TopLevelCommands.addTo(cl, args, factory);
        cl.setOut(new java.io.PrintWriter(ctx.out(), true));
        cl.setErr(new java.io.PrintWriter(ctx.err(), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine procore = cl.getSubcommands().get("procore");
        if (procore.getCommand() instanceof ProcoreCommand) {
            ProcoreCommand.addFieldOptions(procore);
        }
        cl.setExecutionStrategy(new CommandRequired(ctx));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ListInterruptedException printed) {
                return report(printed.getCause(), ctx.err());
            }
            if (JsonOutputRequested.in(parseResult)) {
                ctx.out().println(Printer.json(FailureJson.of(e)));
            }
            return report(e, ctx.err());
        });
        cl.setParameterExceptionHandler(new UsageErrors(ctx));
        return cl;
    }

    static int report(Throwable e, PrintStream err) {
        if (e instanceof ValidationException v) {
            err.println("roster: " + Plural.of(v.violations().size(), "invalid field") + ", nothing was sent:");
            for (Violation violation : v.violations()) {
                err.println("  " + violation.describe());
            }
        } else {
            err.println("roster: " + e.getMessage());
        }
        return ExitCodes.of(e);
    }

    /** Creates commands with the context they print to. */
    private record ContextFactory(CliContext ctx) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(CliContext.class).newInstance(ctx);
            } catch (NoSuchMethodException noContext) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
