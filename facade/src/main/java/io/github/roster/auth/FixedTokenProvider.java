package io.github.roster.auth;

/** A token that never changes; never printed. */
final class FixedTokenProvider implements TokenProvider {

    private final String token;

    FixedTokenProvider(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "TokenProvider(fixed, ****)";
    }
}
