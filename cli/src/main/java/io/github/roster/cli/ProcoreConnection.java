package io.github.roster.cli;

import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.ProcoreEnvironment;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --procore-env} option every Procore command takes, and the client it and the common options make. */
final class ProcoreConnection {

    @Option(names = "--procore-env", paramLabel = "production|sandbox|monthly|federal",
            description = "Procore environment (default production); --base-url overrides it.")
    String environment;

    ProcoreDirectoryClient client(CommonOptions common, CliContext ctx) {
        ProcoreEnvironment env = null;
        if (environment != null) {
            try {
                env = ProcoreEnvironment.valueOf(environment.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--procore-env must be production, sandbox, monthly or federal, was "
                        + environment);
            }
        }
        ProcoreDirectoryClient.Builder b = ProcoreDirectoryClient.builder()
                .tokenProvider(Credentials.procore(common, env, ctx))
                .httpOptions(common.httpOptions());
        if (env != null) {
            b.environment(env);
        }
        if (common.baseUrl != null) {
            b.baseUrl(AutodeskCommands.baseUrl(common.baseUrl));
        }
        return b.build();
    }
}
