package io.github.roster.sandbox;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The access tokens the sandbox's token endpoints handed out; the bearer check accepts each of them. */
final class IssuedTokens {

    private final Set<String> tokens = ConcurrentHashMap.newKeySet();

    /** A new, unguessable token, remembered as issued. */
    String issue() {
        String token = "sandbox-" + UUID.randomUUID();
        tokens.add(token);
        return token;
    }

    boolean wasIssued(String token) {
        return tokens.contains(token);
    }
}
