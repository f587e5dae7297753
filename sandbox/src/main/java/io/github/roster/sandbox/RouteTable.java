package io.github.roster.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sandbox's routes, derived from the operations of the specs: every template that matches the path is a
 * candidate; among those with the request's method the most specific wins (literal beats variable, see
 * {@link PathTemplate#MOST_SPECIFIC_FIRST}); if none has the method, the answer is 405 with their methods.
 */
final class RouteTable {

    private final List<SpecOperation> operations;

    RouteTable(List<SpecOperation> operations) {
        List<SpecOperation> sorted = new ArrayList<>(operations);
        sorted.sort((a, b) -> PathTemplate.MOST_SPECIFIC_FIRST.compare(a.path(), b.path()));
        requireUnique(sorted);
        this.operations = List.copyOf(sorted);
    }

    RouteMatch match(String method, String path) {
        SortedSet<String> allowed = new TreeSet<>();
        for (SpecOperation operation : operations) {
            Optional<PathParameters> parameters = operation.path().match(path);
            if (parameters.isEmpty()) {
                continue;
            }
            if (operation.method().name().equals(method)) {
                return new RouteMatch.Found(new Route(operation, parameters.get()));
            }
            allowed.add(operation.method().name());
        }
        return allowed.isEmpty() ? new RouteMatch.NotFound() : new RouteMatch.MethodNotAllowed(allowed);
    }

    private static void requireUnique(List<SpecOperation> operations) {
        Map<String, SpecOperation> byId = new HashMap<>();
        Map<String, SpecOperation> byRoute = new HashMap<>();
        for (SpecOperation operation : operations) {
            if (operation.operationId() == null || operation.operationId().isBlank()) {
                throw new IllegalStateException("the spec operation " + operation.describe() + " has no operationId");
            }
            SpecOperation sameId = byId.put(operation.operationId(), operation);
            if (sameId != null) {
                throw new IllegalStateException("two spec operations share an operationId: " + sameId.describe()
                        + " and " + operation.describe());
            }
            SpecOperation sameRoute = byRoute.put(operation.method() + " " + operation.path().text(), operation);
            if (sameRoute != null) {
                throw new IllegalStateException("two spec operations share a route: " + sameRoute.describe()
                        + " and " + operation.describe());
            }
        }
    }
}
