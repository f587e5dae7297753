package io.github.roster.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request goes through, in order: vendor by path prefix, rate limit (429), injected fault (503),
 * bearer token (401), route (404/405), then the operation's endpoint. Procore responses get the
 * rate-limit headers whatever their status.
 */
final class RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final List<Route> routes;
    private final Map<VendorApi, FixedWindowRateLimiter> limiters;
    private final FaultInjector faults;
    private final BearerAuth auth;

    RequestPipeline(List<Route> routes, Map<VendorApi, FixedWindowRateLimiter> limiters, FaultInjector faults,
            BearerAuth auth) {
        this.routes = List.copyOf(routes);
        this.limiters = Map.copyOf(limiters);
        this.faults = faults;
        this.auth = auth;
    }

    SandboxResponse respond(SandboxRequest request) {
        Optional<VendorApi> api = VendorApi.forPath(request.path());
        if (api.isEmpty()) {
            return SandboxResponse.json(404, Json.object().put("message", "No such endpoint: " + request.path()));
        }
        RateLimitDecision decision = limiters.get(api.get()).acquire();
        SandboxResponse response = respond(api.get(), decision, request);
        return api.get().reportsRateLimitHeaders() ? ProcoreRateLimitHeaders.add(response, decision) : response;
    }

    private SandboxResponse respond(VendorApi api, RateLimitDecision decision, SandboxRequest request) {
        VendorErrors errors = api.errors();
        if (!decision.allowed()) {
            return errors.tooManyRequests(decision);
        }
        if (faults.shouldFail()) {
            return errors.serviceUnavailable();
        }
        Optional<BearerAuth.Failure> failure = auth.check(request);
        if (failure.isPresent()) {
            return errors.unauthorized(failure.get());
        }
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(request.path());
            if (route.api() != api || !matcher.matches()) {
                continue;
            }
            if (!route.method().equals(request.method())) {
                return errors.methodNotAllowed(request.method(), route.method());
            }
            try {
                return route.endpoint().handle(request, groups(matcher));
            } catch (RuntimeException e) {
                LOG.error("sandbox failure on {} {}", request.method(), request.path(), e);
                return errors.internalError("The sandbox failed: " + e);
            }
        }
        return errors.notFound("No such endpoint: " + request.method() + " " + request.path());
    }

    private static List<String> groups(Matcher matcher) {
        List<String> values = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            values.add(matcher.group(group));
        }
        return values;
    }
}
