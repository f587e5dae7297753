package io.github.roster.auth;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Supplies the bearer token sent with every request. Implementations are thread-safe; a cached token is
 * shared by all threads, and {@link #invalidate(String)} lets the client drop a token the server refused.
 */
public interface TokenProvider {

    /**
     * The token to send now. Called once per attempt; implementations cache.
     *
     * @return the access token, without the {@code Bearer } prefix
     */
    String token();

    /**
     * Drops a token the server answered 401 to, so the next {@link #token()} fetches a fresh one.
     * Fixed tokens ignore this.
     *
     * @param rejected the token that was refused
     */
    default void invalidate(String rejected) {
    }

    /**
     * A fixed token (e.g. one obtained elsewhere, or for the sandbox).
     *
     * @param token the access token
     * @return a provider that always returns it
     * @throws IllegalArgumentException when it is blank or holds anything but visible ASCII (CR, LF, spaces)
     */
    static TokenProvider of(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        return new FixedTokenProvider(io.github.roster.internal.HeaderValues.requireToken(token, "token"));
    }

    /**
     * A token from the caller's own code, asked for on every attempt.
     *
     * @param supplier returns the current token; must be thread-safe
     * @return a provider calling it
     */
    static TokenProvider fromSupplier(Supplier<String> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        return new TokenProvider() {
            @Override
            public String token() {
                return supplier.get();
            }

            @Override
            public String toString() {
                return "TokenProvider(supplier)";
            }
        };
    }
}
