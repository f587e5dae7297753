package io.github.roster.autodesk;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server on loopback and an Autodesk client (no retries) pointed at it, for the hq lifecycle tests. */
abstract class Bim360WireMockTest {

    @RegisterExtension
    static WireMockExtension server = TestServers.wireMock();

    final AutodeskAccountAdminClient client = TestServers.autodesk(server);

    @AfterEach
    void closeClient() {
        client.close();
    }
}
