package io.github.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.roster.error.TransportException;
import io.github.roster.http.FakeTime;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The token endpoint's latency counts against a token's lifetime. */
class TokenLatencyTest {

    private final FakeTime time = new FakeTime();
    private final AtomicInteger requests = new AtomicInteger();

    private TokenCache cache(Duration latency, Duration lifetime) {
        return new TokenCache("test token", () -> {
            time.advance(latency);
            return new IssuedToken("token-" + requests.incrementAndGet(), lifetime);
        }, time, Duration.ofSeconds(60));
    }

    @Test
    void aTokenStaleOnArrivalIsNotHandedOut() {
        // a 0.8 s endpoint and 1 s tokens: 0.2 s left on arrival, less than the (halved) 0.5 s margin
        TokenCache cache = cache(Duration.ofMillis(800), Duration.ofSeconds(1));

        TransportException e = catchThrowableOfType(TransportException.class, cache::token);

        assertThat(e).hasMessageContaining("200 ms of its 1000 ms lifetime left after 800 ms")
                .hasMessageNotContaining("token-1");
    }

    @Test
    void aSlowEndpointWithLongTokensIsFine() {
        TokenCache cache = cache(Duration.ofMillis(800), Duration.ofSeconds(3600));

        assertThat(cache.token()).isEqualTo("token-1");
        time.advance(Duration.ofSeconds(3000));
        assertThat(cache.token()).isEqualTo("token-1");
        assertThat(requests).hasValue(1);
    }
}
