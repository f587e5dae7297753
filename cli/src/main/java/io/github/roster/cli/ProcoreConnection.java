package io.github.roster.cli;

import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.ProcoreEnvironment;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every Procore command takes: the common ones, {@code --procore-env} and {@code --company}; and the
 * client they make.
 */
final class ProcoreConnection {

    @Mixin
    CommonOptions common;

    @Option(names = "--procore-env", paramLabel = "production|sandbox|monthly|federal",
            description = "Procore environment (default production); --base-url overrides it.")
    String environment;

    @Option(names = "--company", required = true, paramLabel = "ID", description = "Company id.")
    long company;

    /** Whether the output is the text summary (else JSON or ndjson). */
    boolean text() {
        return common.output == CommonOptions.Output.text;
    }

    ProcoreDirectoryClient client(CliContext ctx) {
        return client(common, environment, ctx);
    }

    /**
     * The Procore client of a command: the environment from {@code --procore-env} (else the profile's), the base
     * URL from {@code --base-url} (else the profile's), the credentials and HTTP options from the common options.
     */
    static ProcoreDirectoryClient client(CommonOptions common, String procoreEnv, CliContext ctx) {
        String environment = procoreEnv != null ? procoreEnv : common.profile(ctx).procoreEnvironment();
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
                .httpOptions(common.httpOptions(ctx));
        if (env != null) {
            b.environment(env);
        }
        if (common.baseUrl(ctx) != null) {
            b.baseUrl(AutodeskCommands.baseUrl(common.baseUrl(ctx)));
        }
        return b.build();
    }
}
