package io.github.roster.cli;

import io.github.roster.auth.TokenProvider;

/**
 * Where the CLI's tokens come from, in order: {@code --token}, the vendor's token variable, the vendor's
 * client-credential variables.
 */
final class Credentials {

    private Credentials() {
    }

    static TokenProvider autodesk(CommonOptions options, CliContext ctx) {
        return resolve(options, ctx, "AUTODESK");
    }

    static TokenProvider procore(CommonOptions options, CliContext ctx) {
        return resolve(options, ctx, "PROCORE");
    }

    private static TokenProvider resolve(CommonOptions options, CliContext ctx, String vendor) {
        if (options.token != null && !options.token.isBlank()) {
            return TokenProvider.of(options.token.trim());
        }
        String token = ctx.env("ROSTER_" + vendor + "_TOKEN");
        if (token != null) {
            return TokenProvider.of(token.trim());
        }
        throw new InvalidInputException("no credentials: pass --token, or set ROSTER_" + vendor + "_TOKEN");
    }
}
