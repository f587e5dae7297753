package io.github.roster.internal;

import io.github.roster.error.TransportException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches one access token until shortly before it expires, and makes sure that however many threads need a
 * new token at once, exactly one token request is sent: the first thread fetches, the others wait for its
 * result (a token, or the same failure). Thread-safe.
 *
 * <p>A token is used until {@code expires_in - margin} after the request for it was sent, where margin is
 * at most half the lifetime (so a 60 s token with a 60 s margin is still reused for 30 s). A token issued
 * without {@code expires_in} is handed to the threads that waited for it and not cached. The time the token
 * endpoint took counts against the lifetime: a token that arrives already past that point (a slow endpoint,
 * short tokens) is not handed out; the waiting threads get a {@link TransportException} that says so.
 */
public final class TokenCache {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.roster.auth");

    private record Entry(String token, Instant refreshAt) {
        @Override
        public String toString() {
            return "Entry{****, refreshAt=" + refreshAt + '}';
        }
    }

    private final String name;
    private final Supplier<IssuedToken> fetch;
    private final Clock clock;
    private final Duration margin;
    private final Object lock = new Object();
    private volatile Entry current;
    private CompletableFuture<Entry> inFlight; // guarded by lock

    /**
     * Creates a cache.
     *
     * @param name what the tokens are for, for log lines
     * @param fetch sends one token request; throws a Roster exception when it fails
     * @param clock the clock expiry is measured on
     * @param margin how long before expiry a token is replaced
     */
    public TokenCache(String name, Supplier<IssuedToken> fetch, Clock clock, Duration margin) {
        this.name = Objects.requireNonNull(name, "name");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.margin = Objects.requireNonNull(margin, "margin");
    }

    /**
     * The cached token, or a new one when there is none or it is about to expire.
     *
     * @return the access token
     */
    public String token() {
        Entry e = current;
        if (usable(e)) {
            return e.token();
        }
        CompletableFuture<Entry> result;
        boolean fetchHere = false;
        synchronized (lock) {
            e = current;
            if (usable(e)) {
                return e.token();
            }
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                fetchHere = true;
            }
            result = inFlight;
        }
        if (fetchHere) {
            fetchInto(result);
        }
        try {
            return result.join().token();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw failed;
        }
    }

    private void fetchInto(CompletableFuture<Entry> result) {
        Entry fresh;
        try {
            Instant requested = clock.instant();
            IssuedToken issued = fetch.get();
            fresh = new Entry(issued.accessToken(), refreshAt(requested, issued.lifetime()));
            Instant arrived = clock.instant();
            if (fresh.refreshAt() != null && !arrived.isBefore(fresh.refreshAt())) {
                // the endpoint took so long that the token is stale on arrival: handing it out means 401s
                throw TransportException.unreadableResponse(name + ": the token arrived with "
                        + Math.max(0, issued.lifetime().minus(Duration.between(requested, arrived)).toMillis())
                        + " ms of its " + issued.lifetime().toMillis() + " ms lifetime left after "
                        + Duration.between(requested, arrived).toMillis() + " ms at the token endpoint, less than"
                        + " the expiry margin; the token endpoint is too slow for tokens this short", null);
            }
        } catch (RuntimeException | Error failure) {
            synchronized (lock) {
                inFlight = null;
            }
            result.completeExceptionally(failure);
            return;
        }
        synchronized (lock) {
            current = fresh.refreshAt() == null ? null : fresh;
            inFlight = null;
        }
        if (fresh.refreshAt() == null) {
            LOG.debug("{}: new token without expires_in; it is not cached", name);
        } else {
            LOG.debug("{}: new token, replaced after {}", name, fresh.refreshAt());
        }
        result.complete(fresh);
    }

    private Instant refreshAt(Instant requested, Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            return null;
        }
        Duration half = lifetime.dividedBy(2);
        return requested.plus(lifetime).minus(margin.compareTo(half) > 0 ? half : margin);
    }

    private boolean usable(Entry e) {
        return e != null && clock.instant().isBefore(e.refreshAt());
    }

    /**
     * Drops the cached token if it is the one refused; a token already replaced stays replaced.
     *
     * @param rejected the token the server answered 401 to
     */
    public void invalidate(String rejected) {
        if (rejected == null) {
            return;
        }
        synchronized (lock) {
            Entry e = current;
            if (e != null && MessageDigest.isEqual(e.token().getBytes(StandardCharsets.UTF_8),
                    rejected.getBytes(StandardCharsets.UTF_8))) {
                current = null;
                LOG.debug("{}: cached token refused by the server; the next call fetches a new one", name);
            }
        }
    }

    @Override
    public String toString() {
        return "TokenCache{" + name + '}';
    }
}
