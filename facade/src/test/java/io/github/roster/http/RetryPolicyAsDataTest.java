package io.github.roster.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.roster.auth.TokenProvider;
import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.AccountUserPatch;
import io.github.roster.client.autodesk.model.UserStatusUpdate;
import io.github.roster.error.RateLimitedException;
import io.github.roster.internal.RetryTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retry rules are data in {@link RetryPolicy}: the executor decides from them alone, and the table in
 * {@code docs/retries.md} is the one rendered from {@link RetryPolicy#defaults()}.
 */
class RetryPolicyAsDataTest {

    @RegisterExtension
    static WireMockExtension server = Loopback.wireMock();

    private static final String MARKER =
            "<!-- rendered from RetryPolicy.defaults() by internal/RetryTable; RetryPolicyAsDataTest keeps it equal -->\n";

    private final FakeTime time = new FakeTime();

    @Test
    void docsRetriesMdHoldsExactlyTheTableRenderedFromTheDefaults() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "retries.md"), StandardCharsets.UTF_8);
        int start = page.indexOf(MARKER);
        assertThat(start).as("docs/retries.md marks the rendered table").isNotNegative();
        String afterMarker = page.substring(start + MARKER.length());
        int end = afterMarker.indexOf("\n\n");
        String table = afterMarker.substring(0, end < 0 ? afterMarker.length() : end) + "\n";

        assertThat(table).isEqualTo(RetryTable.markdown(RetryPolicy.defaults()));
        assertThat(page.indexOf(MARKER, start + 1)).as("the table exists once").isNegative();
    }

    @Test
    void theDefaultsRetryTransientStatusesAndOnlyUnsentFailuresOfAPost() {
        RetryPolicy p = RetryPolicy.defaults();

        assertThat(p.retryableStatuses(true)).containsExactly(408, 429, 502, 503, 504);
        assertThat(p.retryableStatuses(false)).containsExactly(429, 503);
        assertThat(p.retryableIoFailures(true))
                .containsExactlyInAnyOrder(IoFailureKind.NOT_SENT, IoFailureKind.MAY_HAVE_BEEN_PROCESSED);
        assertThat(p.retryableIoFailures(false)).containsExactly(IoFailureKind.NOT_SENT);
        assertThat(p.toBuilder().build().toString()).isEqualTo(p.toString());
    }

    @Test
    void aStatusAddedToThePolicyIsRetriedAndOneRemovedIsNot() {
        RetryPolicy retry500NotOn429 = RetryPolicy.defaults().toBuilder()
                .retryableStatuses(true, Set.of(500))
                .build();
        String path = "/hq/v1/accounts/9dbb160e-b904-458b-bc5c-ed184687592d/users/a75e8769-621e-40b6-a524-0cffdd2f784e";
        Loopback.answerInOrder(server, () -> patch(urlEqualTo(path)),
                aResponse().withStatus(500), aResponse().withStatus(429).withHeader("Retry-After", "3"));
        try (AutodeskAccountAdminClient client = AutodeskAccountAdminClient.builder().baseUrl(server.baseUrl())
                .tokenProvider(TokenProvider.of("t")).httpOptions(time.options().retryPolicy(retry500NotOn429)
                        .build()).build()) {
            assertThatThrownBy(() -> client.updateAccountUser("9dbb160e-b904-458b-bc5c-ed184687592d",
                    "a75e8769-621e-40b6-a524-0cffdd2f784e", new AccountUserPatch().status(UserStatusUpdate.INACTIVE)))
                    .isInstanceOf(RateLimitedException.class);
        }
        server.verify(2, patchRequestedFor(urlEqualTo(path)));
        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aBadStatusIsRefusedNamingIt() {
        assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(false, Set.of(401, 503, 200)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retryableStatuses").hasMessageContaining("401").hasMessageContaining("200");
    }
}
