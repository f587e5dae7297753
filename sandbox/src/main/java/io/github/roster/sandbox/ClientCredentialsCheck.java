package io.github.roster.sandbox;

import java.util.Objects;

/**
 * Which client id and secret the token endpoints accept: one configured pair, or by default any pair whose id
 * and secret are both non-empty.
 */
final class ClientCredentialsCheck {

    private final String clientId;
    private final String clientSecret;

    private ClientCredentialsCheck(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Any non-empty id and secret pass. */
    static ClientCredentialsCheck anyNonEmpty() {
        return new ClientCredentialsCheck(null, null);
    }

    /** Only this id and secret pass. */
    static ClientCredentialsCheck only(String clientId, String clientSecret) {
        return new ClientCredentialsCheck(Objects.requireNonNull(clientId, "clientId"),
                Objects.requireNonNull(clientSecret, "clientSecret"));
    }

    boolean accepts(String id, String secret) {
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
            return false;
        }
        return clientId == null || (clientId.equals(id) && clientSecret.equals(secret));
    }
}
