package io.github.roster.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A streamed list whose second page fails: {@code --output json} still prints one valid JSON document, the array of
 * the users fetched closed with the failure object as its last element; ndjson prints the users and the failure
 * goes to standard error; the exit code says the list is incomplete.
 */
class ListFailureOutputTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final String USERS = "/rest/v1.3/companies/8089/users";

    @BeforeEach
    void firstPageFullSecondPageFails() {
        StringJoiner page = new StringJoiner(",", "[", "]");
        for (int i = 1; i <= 100; i++) {
            page.add("{\"id\":" + i + ",\"last_name\":\"User" + i + "\",\"is_active\":true}");
        }
        String next = "<" + server.baseUrl() + USERS + "?page=2&per_page=100>; rel=\"next\"";
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Link", next).withBody(page.toString())));
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("page", equalTo("2"))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":\"down for maintenance\"}")));
    }

    private static Cli.Result list(String output) {
        return Cli.run("procore", "list-users", "--base-url", server.baseUrl(), "--token", "t", "--company", "8089",
                "--max-attempts", "1", "--output", output);
    }

    @Test
    void jsonStaysOneDocumentWithTheFailureAsTheLastElement() throws Exception {
        Cli.Result r = list("json");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_COMPLETED);
        JsonNode all = new ObjectMapper().readTree(r.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(101);
        assertThat(all.get(99).path("id").asLong()).isEqualTo(100);
        JsonNode failure = all.get(100);
        assertThat(failure.path("error").asText()).isEqualTo("api");
        assertThat(failure.path("status").asInt()).isEqualTo(503);
        assertThat(r.err()).contains("503");
    }

    @Test
    void ndjsonKeepsOneUserPerLineAndReportsTheFailureOnStandardError() throws Exception {
        Cli.Result r = list("ndjson");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_COMPLETED);
        assertThat(r.out().lines()).hasSize(100).allMatch(l -> l.startsWith("{\"id\":"));
        assertThat(r.err()).contains("503");
    }
}
