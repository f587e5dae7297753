package io.github.roster.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;
import java.util.function.Supplier;

/** WireMock on loopback, answer sequences and closed ports for the transport tests. */
public final class Loopback {

    private Loopback() {
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
     * Makes successive requests matching {@code request} get the responses in order; the last one repeats.
     *
     * @param server the server
     * @param request a fresh matcher each time it is called
     * @param responses the answers, in order
     */
    public static void answerInOrder(WireMockExtension server, Supplier<MappingBuilder> request,
                                     ResponseDefinitionBuilder... responses) {
        String scenario = "sequence-" + UUID.randomUUID();
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder m = request.get()
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i)
                    .willReturn(responses[i]);
            if (i < responses.length - 1) {
                m = m.willSetStateTo("step-" + (i + 1));
            }
            server.stubFor(m);
        }
    }

    /**
     * A loopback port nothing listens on: allocated, then closed.
     *
     * @return the port
     */
    public static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
