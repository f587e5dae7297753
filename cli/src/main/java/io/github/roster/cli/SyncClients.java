package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.procore.ProcoreEnvironment;
import java.util.Locale;

/** The facade clients of the {@code sync} commands, built from the common options as the other commands build them. */
final class SyncClients {

    private SyncClients() {
    }

    static AutodeskAccountAdminClient autodesk(CommonOptions common, RegionOption region, String actingUser,
                                               CliContext ctx) {
        return AutodeskCommands.client(common, region.region(), actingUser, ctx);
    }

    static ProcoreDirectoryClient procore(CommonOptions common, String environment, CliContext ctx) {
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
        if (common.baseUrl != null) {
            b.baseUrl(AutodeskCommands.baseUrl(common.baseUrl));
        }
        return b.build();
    }
}
