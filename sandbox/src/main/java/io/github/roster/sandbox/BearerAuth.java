package io.github.roster.sandbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code Authorization: Bearer <token>}: with a configured token only that token passes, otherwise
 * any non-empty token does.
 */
final class BearerAuth {

    /** Why a request is not authenticated. */
    enum Failure {
        /** No Authorization header, another scheme, or an empty token. */
        MISSING,
        /** A bearer token that is not the configured one. */
        INVALID
    }

    private static final Pattern BEARER = Pattern.compile("^Bearer\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);

    private final String token;

    /** @param token the only accepted token, or {@code null} to accept any non-empty one */
    BearerAuth(String token) {
        this.token = token;
    }

    Optional<Failure> check(SandboxRequest request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Optional.of(Failure.MISSING);
        }
        Matcher matcher = BEARER.matcher(header.get().trim());
        if (!matcher.matches()) {
            return Optional.of(Failure.MISSING);
        }
        if (token != null && !token.equals(matcher.group(1).trim())) {
            return Optional.of(Failure.INVALID);
        }
        return Optional.empty();
    }
}
