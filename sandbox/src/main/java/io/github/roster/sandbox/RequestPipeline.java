package io.github.roster.sandbox;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request goes through, in order: the routes outside the specs ({@link OutOfSpecRoutes}: health and
 * token endpoints, answered at once), vendor by path prefix, rate limit of its group (429), injected
 * fault ({@link SandboxFault}: 503 or 429 at once, or a dropped connection after the request was processed),
 * bearer token (401), route derived from the specs (404/405), the vendor's pre-checks, validation against the
 * routed spec operation (400/415/422 in the vendor's shape), then the handler registered for the operation's
 * {@code operationId} (501 when there is none). Procore responses get the rate-limit headers whatever their
 * status; every vendor response gets a request id header ({@code x-ads-request-id}, {@code X-Request-Id}), as the
 * vendors send one.
 */
final class RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final OutOfSpecRoutes outOfSpec;
    private final RouteTable routes;
    private final RequestValidation validation;
    private final OperationHandlers handlers;
    private final GroupRateLimiters limiters;
    private final FaultInjector faults;
    private final BearerAuth auth;

    RequestPipeline(OutOfSpecRoutes outOfSpec, RouteTable routes, RequestValidation validation, OperationHandlers handlers,
            GroupRateLimiters limiters, FaultInjector faults, BearerAuth auth) {
        this.outOfSpec = outOfSpec;
        this.routes = routes;
        this.validation = validation;
        this.handlers = handlers;
        this.limiters = limiters;
        this.faults = faults;
        this.auth = auth;
    }

    SandboxResponse respond(SandboxRequest request) {
        Optional<SandboxResponse> answered = outOfSpec.respond(request);
        if (answered.isPresent()) {
            return answered.get();
        }
        Optional<VendorApi> api = VendorApi.forPath(request.path());
        if (api.isEmpty()) {
            return SandboxResponse.json(404, Json.object().put("message", "No such endpoint: " + request.path()));
        }
        RateLimitDecision decision = limiters.acquire(RateLimitGroup.of(api.get(), request.method()));
        Optional<SandboxFault> fault = decision.allowed() ? faults.draw() : Optional.empty();
        if (fault.isPresent() && fault.get() == SandboxFault.TOO_MANY_REQUESTS) {
            decision = injectedRefusal(decision);
        }
        SandboxResponse response = respond(api.get(), decision, fault, request)
                .withHeader(api.get().requestIdHeader(), UUID.randomUUID().toString());
        return api.get().reportsRateLimitHeaders() ? ProcoreRateLimitHeaders.add(response, decision) : response;
    }

    /** An injected 429: the window is "used up" for one second, whatever the real limiter says. */
    private static RateLimitDecision injectedRefusal(RateLimitDecision real) {
        long now = real.resetEpochSecond() - real.retryAfterSeconds();
        return new RateLimitDecision(false, real.limit(), 0, now + 1, 1);
    }

    private SandboxResponse respond(VendorApi api, RateLimitDecision decision, Optional<SandboxFault> fault,
                                    SandboxRequest request) {
        VendorErrors errors = api.errors();
        if (!decision.allowed()) {
            return errors.tooManyRequests(decision);
        }
        if (fault.isPresent() && fault.get() == SandboxFault.UNAVAILABLE) {
            return errors.serviceUnavailable();
        }
        SandboxResponse response = processed(request, api, errors);
        return fault.isPresent() ? response.droppingTheConnection() : response;
    }

    private SandboxResponse processed(SandboxRequest request, VendorApi api, VendorErrors errors) {
        Optional<BearerAuth.Failure> failure = auth.check(request);
        if (failure.isPresent()) {
            return errors.unauthorized(failure.get());
        }
        RouteMatch match = routes.match(request.method(), request.path());
        if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
            return errors.methodNotAllowed(request.method(), notAllowed.allowHeader());
        }
        if (!(match instanceof RouteMatch.Found found)) {
            return errors.notFound("No such endpoint: " + request.method() + " " + request.path());
        }
        Route route = found.route();
        Optional<SandboxResponse> refused = api.preCheck().check(request, route.parameters());
        if (refused.isPresent()) {
            return refused.get();
        }
        Verdict<SandboxRequest, SandboxResponse> validated = validation.validate(request, route, errors);
        if (validated.isRefused()) {
            return validated.refusal();
        }
        return handle(validated.value(), route, errors);
    }

    private SandboxResponse handle(SandboxRequest request, Route route, VendorErrors errors) {
        SpecOperation operation = route.operation();
        Optional<OperationHandler> handler = handlers.forOperation(operation.operationId());
        if (handler.isEmpty()) {
            return errors.notImplemented("The sandbox does not implement " + operation.describe()
                    + " yet: the spec declares it but no handler is registered for '" + operation.operationId() + "'.");
        }
        try {
            return handler.get().handle(request, route.parameters());
        } catch (RuntimeException e) {
            LOG.error("sandbox failure on {} {}", request.method(), request.path(), e);
            return errors.internalError("The sandbox failed: " + e);
        }
    }
}
