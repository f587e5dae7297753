package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.Region;

/** Builds the Autodesk client from the common options. */
final class AutodeskCommands {

    private AutodeskCommands() {
    }

    static AutodeskAccountAdminClient client(CommonOptions common, Region region, String impersonate, CliContext ctx) {
        AutodeskAccountAdminClient.Builder b = AutodeskAccountAdminClient.builder()
                .tokenProvider(Credentials.autodesk(common, ctx))
                .region(region != null ? region : RegionOption.parse(common.profile(ctx).region()))
                .impersonateUser(impersonate)
                .httpOptions(common.httpOptions(ctx));
        if (common.baseUrl(ctx) != null) {
            b.baseUrl(baseUrl(common.baseUrl(ctx)));
        }
        return b.build();
    }

    static String baseUrl(String url) {
        try {
            AutodeskAccountAdminClient.builder().baseUrl(url); // the check every client and token builder applies
            return url;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--base-url: " + e.getMessage());
        }
    }
}
