package io.github.roster.http;

import io.github.roster.auth.TokenProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands out {@code token-1}; each invalidation of the current token moves on to the next one. */
final class RotatingTokens implements TokenProvider {

    private final AtomicInteger generation = new AtomicInteger(1);
    private final List<String> invalidated = new CopyOnWriteArrayList<>();

    @Override
    public String token() {
        return "token-" + generation.get();
    }

    @Override
    public void invalidate(String rejected) {
        invalidated.add(rejected);
        int g = generation.get();
        if (rejected.equals("token-" + g)) {
            generation.compareAndSet(g, g + 1);
        }
    }

    List<String> invalidated() {
        return List.copyOf(invalidated);
    }
}
