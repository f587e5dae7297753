package io.github.roster.sandbox;

import java.util.SortedSet;

/** What {@link RouteTable} made of a method and a path. */
sealed interface RouteMatch {

    /** A template matched and has the method. */
    record Found(Route route) implements RouteMatch {
    }

    /**
     * Templates matched but none has the method.
     *
     * @param allowed the methods of every matching template
     */
    record MethodNotAllowed(SortedSet<String> allowed) implements RouteMatch {

        /** The {@code Allow} header value, e.g. {@code GET, PATCH}. */
        String allowHeader() {
            return String.join(", ", allowed);
        }
    }

    /** No template matches the path. */
    record NotFound() implements RouteMatch {
    }
}
