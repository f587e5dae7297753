package io.github.roster.internal;

import feign.Client;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.ResponseHandler;
import feign.RetryableException;
import feign.codec.Encoder;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The invocation handler of a generated Feign API: a method with a {@link RequestRecipe} is rendered from it and
 * then goes the way Feign's own {@code SynchronousMethodHandler} takes a request (log it, send it with the same
 * {@link Client}, turn an I/O failure into the same {@link RetryableException}, hand the answer to Feign's
 * {@link ResponseHandler} with the same decoder, error decoder and {@link RedactingFeignLogger}); every other method and call is
 * Feign's own handler's. Feign never retries here ({@code Retryer.NEVER_RETRY}), so there is no retry loop to
 * repeat: {@link CallExecutor} decides.
 */
final class RecipeInvocationHandler implements InvocationHandler {

    private final InvocationHandler feign;
    private final Map<Method, RequestRecipe> recipes;
    private final String target;
    private final String authorization;
    private final Client client;
    private final Request.Options options;
    private final Encoder encoder;
    private final ResponseHandler responses;
    private final RedactingFeignLogger logger;
    private final Logger.Level logLevel;

    /**
     * @param feign Feign's own handler of the same target
     * @param recipes the recipes of the API's methods (a method without one goes to {@code feign})
     * @param target the target's URL as Feign keeps it, or null to leave every call to Feign
     * @param authorization the {@code Authorization} value Feign's interceptor adds
     */
    RecipeInvocationHandler(InvocationHandler feign, Map<Method, RequestRecipe> recipes, String target,
                            String authorization, Client client, Request.Options options, Encoder encoder,
                            ResponseHandler responses, RedactingFeignLogger logger,
                            Logger.Level logLevel) {
        this.feign = feign;
        this.recipes = recipes;
        this.target = target;
        this.authorization = authorization;
        this.client = client;
        this.options = options;
        this.encoder = encoder;
        this.responses = responses;
        this.logger = logger;
        this.logLevel = logLevel;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        RequestRecipe recipe = target == null ? null : recipes.get(method);
        Request request = recipe == null ? null
                : recipe.render(target, args, Transport.AUTHORIZATION, authorization, encoder);
        if (request == null) {
            return feign.invoke(proxy, method, args);
        }
        String configKey = recipe.configKey();
        if (logLevel != Logger.Level.NONE) {
            logger.logRequest(configKey, logLevel, request);
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = client.execute(request, options.getMethodOptions(method.getName()));
        } catch (IOException e) {
            // Feign would call logger.logIOException here, which RedactingFeignLogger leaves unwritten (its lines
            // are the request and the response; CallExecutor's attempt line names the failure). Then, as
            // what Feign's FeignException.errorExecuting builds
            throw new RetryableException(-1, String.format("%s executing %s %s", e.getMessage(),
                    request.httpMethod(), request.url()), request.httpMethod(), e, (Long) null, request);
        }
        if (response.request() != request) {
            response = response.toBuilder().request(request).build();
        }
        return responses.handleResponse(configKey, response, recipe.returnType(), millisSince(start));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
