package io.github.roster.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to a validated request's query. The spec has already checked every value's type and range,
 * so parsing here cannot fail on a request that reached a handler. Array parameters are comma-separated
 * (the specs' {@code style: form, explode: false}); repeated keys are accepted too.
 */
final class QueryParameters {

    private final Map<String, List<String>> values;

    QueryParameters(SandboxRequest request) {
        this.values = request.queryParameters();
    }

    /** The first value of a parameter, if sent and not empty. */
    Optional<String> text(String name) {
        List<String> sent = values.get(name);
        return sent == null || sent.isEmpty() || sent.get(0).isEmpty() ? Optional.empty() : Optional.of(sent.get(0));
    }

    int integer(String name, int defaultValue) {
        return text(name).map(Integer::parseInt).orElse(defaultValue);
    }

    long longValue(String name, long defaultValue) {
        return text(name).map(Long::parseLong).orElse(defaultValue);
    }

    boolean bool(String name, boolean defaultValue) {
        return text(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** Every value of an array parameter, comma-separated or repeated; empty when not sent. */
    List<String> list(String name) {
        List<String> items = new ArrayList<>();
        for (String sent : values.getOrDefault(name, List.of())) {
            for (String item : sent.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    /** The parameters as sent, for building the URL of another page. */
    Map<String, List<String>> all() {
        return values;
    }
}
