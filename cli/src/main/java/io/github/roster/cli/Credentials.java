package io.github.roster.cli;

import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.ProcoreClientCredentials;
import io.github.roster.auth.TokenProvider;
import io.github.roster.procore.ProcoreEnvironment;

/**
 * Where the CLI's tokens come from, in order: {@code --token}, {@code --token -} (standard input) or
 * {@code --token-file} ({@link TokenInput}); the vendor's token variable
 * ({@code ROSTER_AUTODESK_TOKEN}, {@code ROSTER_PROCORE_TOKEN}); the vendor's client credentials
 * ({@code ROSTER_AUTODESK_CLIENT_ID}/{@code _SECRET}, {@code ROSTER_PROCORE_CLIENT_ID}/{@code _SECRET}), exchanged
 * for a token at the vendor's token endpoint — on {@code --base-url} when one is given, through the same proxy as
 * the API calls ({@link ProxySettings}). A profile ({@link Profiles}) may name other variables for each of them.
 */
final class Credentials {

    private Credentials() {
    }

    static TokenProvider autodesk(CommonOptions options, CliContext ctx) {
        TokenProvider fixed = fixed(options, ctx, "AUTODESK");
        if (fixed != null) {
            return fixed;
        }
        String[] idSecret = clientCredentials(options.profile(ctx), ctx, "AUTODESK");
        AutodeskClientCredentials.Builder b = AutodeskClientCredentials.builder()
                .clientId(idSecret[0]).clientSecret(idSecret[1]).proxy(options.proxy(ctx));
        if (options.baseUrl(ctx) != null) {
            b.authBaseUrl(AutodeskCommands.baseUrl(options.baseUrl(ctx)));
        }
        return b.build();
    }

    static TokenProvider procore(CommonOptions options, ProcoreEnvironment environment, CliContext ctx) {
        TokenProvider fixed = fixed(options, ctx, "PROCORE");
        if (fixed != null) {
            return fixed;
        }
        String[] idSecret = clientCredentials(options.profile(ctx), ctx, "PROCORE");
        ProcoreClientCredentials.Builder b = ProcoreClientCredentials.builder()
                .clientId(idSecret[0]).clientSecret(idSecret[1]).proxy(options.proxy(ctx));
        if (options.baseUrl(ctx) != null) {
            b.loginBaseUrl(AutodeskCommands.baseUrl(options.baseUrl(ctx)));
        } else if (environment != null) {
            b.environment(environment);
        }
        return b.build();
    }

    private static TokenProvider fixed(CommonOptions options, CliContext ctx, String vendor) {
        TokenProvider given = TokenInput.provider(options.token, options.tokenFile, () -> System.in);
        if (given != null) {
            return given;
        }
        String variable = options.profile(ctx).variable("ROSTER_" + vendor + "_TOKEN");
        String token = ctx.env(variable);
        try {
            return token == null ? null : TokenProvider.of(token.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(variable + ": " + e.getMessage());
        }
    }

    private static String[] clientCredentials(Profile profile, CliContext ctx, String vendor) {
        String idVariable = profile.variable("ROSTER_" + vendor + "_CLIENT_ID");
        String secretVariable = profile.variable("ROSTER_" + vendor + "_CLIENT_SECRET");
        String id = ctx.env(idVariable);
        String secret = ctx.env(secretVariable);
        if (id == null || secret == null) {
            throw new InvalidInputException("no credentials: pass --token, or set "
                    + profile.variable("ROSTER_" + vendor + "_TOKEN") + ", or set both " + idVariable + " and "
                    + secretVariable + (profile.name() == null ? "" : " (the variables of profile " + profile.name()
                    + ")"));
        }
        return new String[] {id.trim(), secret.trim()};
    }
}
