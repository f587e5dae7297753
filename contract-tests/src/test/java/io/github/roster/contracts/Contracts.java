package io.github.roster.contracts;

import au.com.dius.pact.consumer.MockServer;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.specs.RosterSpec;
import java.util.Map;

/** The names and clients the consumer and provider sides share. */
final class Contracts {

    static final String CONSUMER = "roster-facade";
    static final String BIM360 = "bim360-account-admin";
    static final String ACC = "acc-admin";
    static final String PROCORE = "procore-directory";

    /** Which spec each provider's pact is checked against. */
    static final Map<String, RosterSpec> SPECS = Map.of(
            BIM360, RosterSpec.AUTODESK_ACCOUNT_ADMIN, ACC, RosterSpec.AUTODESK_ACCOUNT_ADMIN, PROCORE, RosterSpec.PROCORE_DIRECTORY);

    static final String TOKEN = "contract-token";
    static final String BEARER = "Bearer [A-Za-z0-9._~+/=-]+";
    static final String JSON = "application/json(;.*)?";

    private Contracts() {
    }

    /** One attempt per call, so each expected request is sent exactly once. */
    static HttpOptions noRetries() {
        return HttpOptions.builder().retryPolicy(RetryPolicy.none()).build();
    }

    static AutodeskAccountAdminClient.Builder autodesk(MockServer server) {
        return AutodeskAccountAdminClient.builder().baseUrl(server.getUrl())
                .tokenProvider(TokenProvider.of(TOKEN)).httpOptions(noRetries());
    }

    static ProcoreDirectoryClient procore(MockServer server) {
        return ProcoreDirectoryClient.builder().baseUrl(server.getUrl())
                .tokenProvider(TokenProvider.of(TOKEN)).httpOptions(noRetries()).build();
    }
}
