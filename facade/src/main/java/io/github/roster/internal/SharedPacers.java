package io.github.roster.internal;

import io.github.roster.auth.AutodeskClientCredentials;
import io.github.roster.auth.ProcoreClientCredentials;
import io.github.roster.auth.TokenProvider;
import io.github.roster.http.Pacing;
import io.github.roster.http.Sleeper;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM-wide pacers: one per set of credentials, rate-limit group and rate, so every client using the same
 * credentials draws on one budget, as the vendors count it. Credentials are a client-credentials client id, or
 * else the {@link TokenProvider} instance (held weakly: a provider no client uses any more frees its pacers).
 * Each client keeps the pacers it has used.
 */
final class SharedPacers {

    private static final Map<String, RequestPacer> BY_CLIENT_ID = new ConcurrentHashMap<>();
    private static final Map<TokenProvider, Map<String, RequestPacer>> BY_PROVIDER =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Pacing pacing;
    private final TokenProvider tokens;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Map<RateLimitGroup, RequestPacer> used = new EnumMap<>(RateLimitGroup.class);

    SharedPacers(Pacing pacing, TokenProvider tokens, Sleeper sleeper, Clock clock) {
        this.pacing = pacing;
        this.tokens = tokens;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * Waits until a request of this group may start.
     *
     * @param group the request's group
     * @throws InterruptedException if interrupted while waiting
     */
    void acquire(RateLimitGroup group) throws InterruptedException {
        if (!pacing.enabled()) {
            return;
        }
        RequestPacer pacer;
        synchronized (used) {
            pacer = used.computeIfAbsent(group, this::shared);
        }
        if (pacer != null) {
            pacer.acquire();
        }
    }

    private RequestPacer shared(RateLimitGroup group) {
        int perMinute = pacing.requestsPerMinuteFor(group.vendorRequestsPerMinute());
        if (perMinute <= 0) {
            return null;
        }
        String key = group + "@" + perMinute;
        String clientId = clientId(tokens);
        if (clientId != null) {
            return BY_CLIENT_ID.computeIfAbsent(clientId + "/" + key, k -> newPacer(perMinute));
        }
        synchronized (BY_PROVIDER) {
            return BY_PROVIDER.computeIfAbsent(tokens, t -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, k -> newPacer(perMinute));
        }
    }

    private RequestPacer newPacer(int perMinute) {
        return new RequestPacer(perMinute, sleeper, RequestPacer.nanosOf(clock));
    }

    private static String clientId(TokenProvider tokens) {
        if (tokens instanceof AutodeskClientCredentials autodesk) {
            return "autodesk:" + autodesk.clientId();
        }
        if (tokens instanceof ProcoreClientCredentials procore) {
            return "procore:" + procore.clientId();
        }
        return null;
    }
}
