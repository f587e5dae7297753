package io.github.roster.sandbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code Authorization: Bearer <token>}: with a configured token only that token and the tokens the
 * sandbox's token endpoints issued pass, otherwise any non-empty token does.
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
    private final IssuedTokens issued;

    /**
     * @param token the only accepted token besides the issued ones, or {@code null} to accept any non-empty one
     * @param issued the tokens the token endpoints handed out
     */
    BearerAuth(String token, IssuedTokens issued) {
        this.token = token;
        this.issued = issued;
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
        String presented = matcher.group(1).trim();
        if (token != null && !token.equals(presented) && !issued.wasIssued(presented)) {
            return Optional.of(Failure.INVALID);
        }
        return Optional.empty();
    }
}
