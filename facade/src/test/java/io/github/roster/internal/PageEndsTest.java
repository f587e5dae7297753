package io.github.roster.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.http.Loopback;
import io.github.roster.http.Page;
import io.github.roster.http.PageRequest;
import io.github.roster.http.PagedIterable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The three page-walking strategies over a real HTTP server, through a tiny test-only list call per vendor
 * shape: pages are fetched only as they are consumed, and each strategy stops where its vendor says the list
 * ends.
 */
class PageEndsTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> fetch(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Autodesk hq shape: a bare array, offset/limit, no total. */
    private static Page<Integer> hqPage(PageRequest r) {
        HttpResponse<String> answer = fetch("/hq/items?offset=" + r.offset() + "&limit=" + r.limit());
        return PageEnds.shortPage(r, ints(json(answer.body())));
    }

    /** ACC shape: {pagination: {totalResults, nextUrl}, results: [...]}. */
    private static Page<Integer> accPage(PageRequest r) {
        JsonNode body = json(fetch("/acc/items?offset=" + r.offset() + "&limit=" + r.limit()).body());
        JsonNode p = body.path("pagination");
        return PageEnds.totalOrNextUrl(r, ints(body.path("results")),
                p.hasNonNull("totalResults") ? p.get("totalResults").asLong() : null,
                p.hasNonNull("nextUrl") ? p.get("nextUrl").asText() : null);
    }

    /** Procore shape: page/per_page, a bare array, Link or Total headers. */
    private static Page<Integer> procorePage(PageRequest r) {
        HttpResponse<String> answer = fetch("/procore/items?page=" + r.pageNumber() + "&per_page=" + r.limit());
        return PageEnds.linkOrTotal(r, ints(json(answer.body())), answer.headers().map());
    }

    private static void stub(String pathAndQuery, String body, String... headers) {
        var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        for (int i = 0; i < headers.length; i += 2) {
            response.withHeader(headers[i], headers[i + 1]);
        }
        server.stubFor(get(urlEqualTo(pathAndQuery)).willReturn(response));
    }

    private static int requests(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void hqStopsOnAShortPageAndFetchesEachPageOnlyWhenThePreviousIsConsumed() {
        stub("/hq/items?offset=0&limit=2", "[1,2]");
        stub("/hq/items?offset=2&limit=2", "[3,4]");
        stub("/hq/items?offset=4&limit=2", "[5]");
        Iterator<Integer> items = PagedIterable.of(PageRequest.first(2), PageEndsTest::hqPage).iterator();

        assertThat(requests("/hq/items")).isZero();
        assertThat(items.next()).isEqualTo(1);
        assertThat(items.next()).isEqualTo(2);
        assertThat(requests("/hq/items")).isEqualTo(1);
        assertThat(items.next()).isEqualTo(3);
        assertThat(requests("/hq/items")).isEqualTo(2);
        assertThat(items.next()).isEqualTo(4);
        assertThat(items.next()).isEqualTo(5);
        assertThat(items.hasNext()).isFalse();
        assertThat(requests("/hq/items")).isEqualTo(3);
    }

    @Test
    void hqListWhoseLengthIsAMultipleOfThePageSizeEndsOnAnEmptyPage() {
        stub("/hq/items?offset=0&limit=2", "[1,2]");
        stub("/hq/items?offset=2&limit=2", "[]");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::hqPage)).containsExactly(1, 2);
        assertThat(requests("/hq/items")).isEqualTo(2);
    }

    @Test
    void accWithoutATotalEndsOnAnEmptyNextUrlEvenAfterAFullPage() {
        stub("/acc/items?offset=0&limit=2",
                "{\"pagination\":{\"limit\":2,\"offset\":0,\"nextUrl\":\"/acc/items?offset=2\"},\"results\":[1,2]}");
        stub("/acc/items?offset=2&limit=2",
                "{\"pagination\":{\"limit\":2,\"offset\":2,\"nextUrl\":\"\"},\"results\":[3,4]}");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::accPage)).containsExactly(1, 2, 3, 4);
        assertThat(requests("/acc/items")).isEqualTo(2);
    }

    @Test
    void accFollowsTheTotalWhenTheNextUrlIsEmptyTooSoon() {
        stub("/acc/items?offset=0&limit=2",
                "{\"pagination\":{\"limit\":2,\"offset\":0,\"totalResults\":3,\"nextUrl\":\"\"},\"results\":[1,2]}");
        stub("/acc/items?offset=2&limit=2",
                "{\"pagination\":{\"limit\":2,\"offset\":2,\"totalResults\":3,\"nextUrl\":\"\"},\"results\":[3]}");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::accPage)).containsExactly(1, 2, 3);
    }

    @Test
    void accFollowsNextUrlAndStopsWhenItIsGone() {
        stub("/acc/items?offset=0&limit=2",
                "{\"pagination\":{\"limit\":2,\"offset\":0,\"totalResults\":5,\"nextUrl\":\"/acc/items?offset=2\"},"
                        + "\"results\":[1,2]}");
        stub("/acc/items?offset=2&limit=2",
                "{\"pagination\":{\"limit\":2,\"offset\":2,\"totalResults\":5,\"nextUrl\":\"/acc/items?offset=4\"},"
                        + "\"results\":[3,4]}");
        stub("/acc/items?offset=4&limit=2",
                "{\"pagination\":{\"limit\":2,\"offset\":4,\"totalResults\":5,\"nextUrl\":null},\"results\":[5]}");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::accPage).stream().toList())
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(requests("/acc/items")).isEqualTo(3);
    }

    @Test
    void accWithNeitherTotalNorNextUrlStopsOnAShortPage() {
        stub("/acc/items?offset=0&limit=2", "{\"pagination\":{\"limit\":2},\"results\":[1,2]}");
        stub("/acc/items?offset=2&limit=2", "{\"pagination\":{\"limit\":2},\"results\":[3]}");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::accPage)).containsExactly(1, 2, 3);
        assertThat(requests("/acc/items")).isEqualTo(2);
    }

    @Test
    void accWithoutNextUrlStopsAtTheTotalEvenOnAFullPage() {
        stub("/acc/items?offset=0&limit=2", "{\"pagination\":{\"totalResults\":4},\"results\":[1,2]}");
        stub("/acc/items?offset=2&limit=2", "{\"pagination\":{\"totalResults\":4},\"results\":[3,4]}");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::accPage)).containsExactly(1, 2, 3, 4);
        assertThat(requests("/acc/items")).isEqualTo(2);
    }

    @Test
    void procoreFollowsLinkRelNextAndStopsWithoutIt() {
        stub("/procore/items?page=1&per_page=2", "[1,2]",
                "Link", "<https://api.procore.com/items?page=2&per_page=2>; rel=\"next\", <...page=3>; rel=\"last\"");
        stub("/procore/items?page=2&per_page=2", "[3,4]",
                "Link", "<https://api.procore.com/items?page=3&per_page=2>; rel=\"next\"");
        stub("/procore/items?page=3&per_page=2", "[5,6]",
                "Link", "<https://api.procore.com/items?page=1&per_page=2>; rel=\"first\"");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::procorePage))
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(requests("/procore/items")).isEqualTo(3);
    }

    @Test
    void procoreWithOnlyATotalHeaderStopsAtTheTotal() {
        stub("/procore/items?page=1&per_page=2", "[1,2]", "Total", "3", "Per-Page", "2");
        stub("/procore/items?page=2&per_page=2", "[3]", "Total", "3", "Per-Page", "2");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::procorePage)).containsExactly(1, 2, 3);
        assertThat(requests("/procore/items")).isEqualTo(2);
    }

    @Test
    void aStreamThatStopsEarlyFetchesNoFurtherPage() {
        stub("/hq/items?offset=0&limit=2", "[1,2]");
        stub("/hq/items?offset=2&limit=2", "[3,4]");
        stub("/hq/items?offset=4&limit=2", "[5,6]");

        assertThat(PagedIterable.of(PageRequest.first(2), PageEndsTest::hqPage).stream().limit(3).toList())
                .containsExactly(1, 2, 3);
        assertThat(requests("/hq/items")).isEqualTo(2);
    }
}
