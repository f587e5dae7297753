package io.github.roster.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * An access token as a token endpoint issued it. Its {@link #toString()} never shows the token.
 *
 * @param accessToken the token
 * @param lifetime {@code expires_in}, or null when the endpoint did not say
 */
public record IssuedToken(String accessToken, Duration lifetime) {

    /**
     * Checks the components.
     *
     * @param accessToken see the record component
     * @param lifetime see the record component
     */
    public IssuedToken {
        Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String toString() {
        return "IssuedToken{****, lifetime=" + lifetime + '}';
    }
}
