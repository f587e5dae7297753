package io.github.roster.procore;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import io.github.roster.auth.TokenProvider;
import io.github.roster.http.FakeTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server on loopback and a Procore client for it that never retries, closed after each test. */
abstract class ProcoreWireMockTest {

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    final ProcoreDirectoryClient client = TestServers.procore(server);

    @AfterEach
    void closeClient() {
        client.close();
    }

    /**
     * A client with the default retry policy whose waits pass on fake time, to show what is NOT sent again.
     *
     * @return a client; close it
     */
    static ProcoreDirectoryClient retryingClient() {
        return ProcoreDirectoryClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of(TestServers.TOKEN)).httpOptions(new FakeTime().options().build())
                .build();
    }
}
