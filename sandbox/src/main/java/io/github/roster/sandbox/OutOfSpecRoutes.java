package io.github.roster.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The only routes that do not come from the specs: {@code GET /health} and the two vendors' token endpoints
 * ({@link TokenEndpoints}). They are answered before rate limits, faults and the bearer check apply; another
 * method on one of their paths is a 405.
 */
final class OutOfSpecRoutes {

    static final String HEALTH_PATH = "/health";

    private record Route(String method, Function<SandboxRequest, SandboxResponse> answer) {
    }

    private final Map<String, Route> byPath;

    OutOfSpecRoutes(TokenEndpoints tokens) {
        this.byPath = Map.of(
                HEALTH_PATH, new Route("GET", request -> SandboxResponse.json(200, Json.object().put("status", "ok"))),
                TokenEndpoints.AUTODESK_PATH, new Route("POST", tokens::autodesk),
                TokenEndpoints.PROCORE_PATH, new Route("POST", tokens::procore));
    }

    /** The answer when the request is for one of these paths. */
    Optional<SandboxResponse> respond(SandboxRequest request) {
        Route route = byPath.get(request.path());
        if (route == null) {
            return Optional.empty();
        }
        if (!route.method().equals(request.method())) {
            return Optional.of(SandboxResponse.json(405, Json.object()
                    .put("message", request.method() + " is not allowed on " + request.path()))
                    .withHeader("Allow", route.method()));
        }
        return Optional.of(route.answer().apply(request));
    }
}
