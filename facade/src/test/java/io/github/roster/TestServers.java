package io.github.roster;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import io.github.roster.procore.ProcoreDirectoryClient;

/** Loopback servers and clients pointed at them, shared by the facade tests. */
public final class TestServers {

    /** The token every test client sends. */
    public static final String TOKEN = "test-token-5f1c";

    private TestServers() {
    }

    /**
     * A WireMock server on 127.0.0.1 and a free port.
     *
     * @return the extension to register
     */
    public static WireMockExtension wireMock() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    /**
     * HTTP options that never retry, so a test sees each answer as it was sent.
     *
     * @return the options
     */
    public static HttpOptions noRetries() {
        return HttpOptions.builder().retryPolicy(RetryPolicy.none()).build();
    }

    /**
     * An Autodesk client for a loopback server.
     *
     * @param server the server
     * @return a client; close it
     */
    public static AutodeskAccountAdminClient autodesk(WireMockExtension server) {
        return AutodeskAccountAdminClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(TOKEN))
                .httpOptions(noRetries())
                .build();
    }

    /**
     * A Procore client for a loopback server.
     *
     * @param server the server
     * @return a client; close it
     */
    public static ProcoreDirectoryClient procore(WireMockExtension server) {
        return ProcoreDirectoryClient.builder()
                .baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(TOKEN))
                .httpOptions(noRetries())
                .build();
    }
}
