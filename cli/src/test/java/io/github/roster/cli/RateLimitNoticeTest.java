package io.github.roster.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * At the CLI's default log level a wait on a vendor rate limit prints one line ("rate limited by ..., waiting N s,
 * attempt 2/5"), once per wait, on standard error, where slf4j-simple writes.
 */
class RateLimitNoticeTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String ACCOUNT = "9dbb160e-b904-458b-bc5c-ed184687592d";
    private static final String USER = "a75e8769-621e-40b6-a524-0cffdd2f784e";

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureLog() {
        originalErr = System.err;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    @Test
    void aRateLimitedAttemptPrintsOneLineWithTheVendorTheWaitAndTheNextAttempt() {
        server.stubFor(patch(urlPathEqualTo("/hq/v1/accounts/" + ACCOUNT + "/users/" + USER))
                .inScenario("limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"slow down\"}")));
        server.stubFor(patch(urlPathEqualTo("/hq/v1/accounts/" + ACCOUNT + "/users/" + USER))
                .inScenario("limit").whenScenarioStateIs("waited")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + USER + "\",\"status\":\"inactive\"}")));

        Cli.Result r = Cli.run("bim360", "update-user", "--base-url", server.baseUrl(), "--token", "t",
                "--account", ACCOUNT, "--user", USER, "--status", "inactive");

        assertThat(r.exitCode()).as(r.err()).isZero();
        String log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log.lines().filter(l -> l.contains("rate limited"))).singleElement().asString()
                .endsWith("rate limited by BIM 360, waiting 1 s, attempt 2/5");
    }

    @Test
    void procoreWaitsAreNamedProcore() {
        server.stubFor(get(urlPathMatching("/rest/v1.3/companies/8089/users"))
                .inScenario("procore").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("waited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        server.stubFor(get(urlPathMatching("/rest/v1.3/companies/8089/users"))
                .inScenario("procore").whenScenarioStateIs("waited")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));

        Cli.Result r = Cli.run("procore", "list-users", "--base-url", server.baseUrl(), "--token", "t",
                "--company", "8089", "--max-attempts", "3");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(logged.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("rate limited")))
                .singleElement().asString().endsWith("rate limited by Procore, waiting 1 s, attempt 2/3");
    }
}
