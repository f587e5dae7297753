package io.github.roster.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.hc.core5.http.HttpEntity;

/**
 * A generated Feign API whose requests carry a given bearer token: the pipeline asks for the API of the
 * token its attempt uses, so the token travels with the attempt and nowhere else. The targets of the last two
 * tokens are kept (building a target parses the interface). Thread-safe.
 *
 * @param <A> the generated API interface
 */
public final class TokenBoundApi<A> {

    private static final int KEPT = 2;

    private final BiFunction<String, HttpEntity, A> newTarget;
    private final Map<String, A> byToken = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, A> eldest) {
            return size() > KEPT;
        }
    };

    TokenBoundApi(BiFunction<String, HttpEntity, A> newTarget) {
        this.newTarget = newTarget;
    }

    /**
     * The API whose requests carry this token.
     *
     * @param bearerToken the attempt's token
     * @return the bound API
     */
    public A forToken(String bearerToken) {
        synchronized (byToken) {
            return byToken.computeIfAbsent(bearerToken, t -> newTarget.apply(t, null));
        }
    }

    /**
     * A one-off API for one attempt that sends {@code body} (a multipart upload) in place of the body Feign
     * encodes: Feign still renders the URL, query and headers from the generated method.
     *
     * @param bearerToken the attempt's token
     * @param body the entity to send
     * @return the bound API, for one call
     */
    public A withBody(String bearerToken, HttpEntity body) {
        return newTarget.apply(bearerToken, body);
    }
}
