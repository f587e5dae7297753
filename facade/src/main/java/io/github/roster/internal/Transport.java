package io.github.roster.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Contract;
import feign.Feign;
import feign.InvocationHandlerFactory;
import feign.Logger;
import feign.MethodMetadata;
import feign.Request;
import feign.ResponseHandler;
import feign.ResponseInterceptor;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import io.github.roster.RosterVersion;
import io.github.roster.http.HttpOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP layer of one client: a pooled Apache HttpClient 5 (sends PATCH, keeps connections alive) and the
 * Feign targets built on it. Every request, JSON or multipart, is rendered by a generated Feign API and sent
 * by {@link HttpClient5FeignClient}; every error answer is mapped by {@link ErrorMapper}.
 *
 * <p>Feign never retries here ({@link Retryer#NEVER_RETRY}) and neither does HttpClient: {@link CallExecutor}
 * decides, because Feign's own retryer clamps {@code Retry-After} to one second and resends POSTs after I/O
 * failures.
 *
 * <p>Requests take the route of {@link HttpOptions#proxy()} ({@link ProxyRoute}), the same as token calls.
 *
 * <p>Feign renders the requests of methods whose form is plain from a {@link RequestRecipe} made once per method
 * ({@link RecipeInvocationHandler}), and all others with its own per-call templates; either way the same client,
 * interceptor value, encoder, decoder, error decoder and logger take them.
 *
 * <p>Each attempt has an overall deadline and a cap on the body bytes read ({@link HttpOptions#attemptTimeout()},
 * {@link HttpOptions#maxResponseBytes()}); one timer thread per client enforces the deadlines.
 */
public final class Transport implements AutoCloseable {

    /** The header every request's token travels in. */
    static final String AUTHORIZATION = "Authorization";

    /** The contract the generated APIs are read with, by Feign and by {@link RequestRecipe} alike. */
    private static final Contract CONTRACT = new Contract.Default();

    private final HttpOptions options;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService attemptTimer;
    private final boolean renderRecipes;

    /**
     * Creates the HTTP layer.
     *
     * @param options timeouts, pool size, clock
     * @param mapper the client's JSON mapper
     */
    public Transport(HttpOptions options, ObjectMapper mapper) {
        this(options, mapper, true);
    }

    /** With {@code renderRecipes} false, every request is rendered by Feign's templates (tests compare the two). */
    Transport(HttpOptions options, ObjectMapper mapper, boolean renderRecipes) {
        this.renderRecipes = renderRecipes;
        this.options = options;
        this.mapper = mapper;
        this.errors = new ErrorMapper(new VendorErrorParser(mapper), options.clock());
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(options.maxConnections())
                .setMaxConnPerRoute(options.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.readTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
        this.attemptTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "roster-attempt-timeouts");
            t.setDaemon(true);
            return t;
        });
        ProxyRoute proxy = new ProxyRoute(options.proxy());
        this.http = HttpClients.custom()
                .setConnectionManager(pool)
                .setRoutePlanner(proxy.routePlanner())
                .setDefaultCredentialsProvider(proxy.credentialsProvider())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(RosterVersion.userAgent())
                .build();
    }

    /**
     * A generated Feign API bound to a base URL, whose targets carry the token they are asked for.
     *
     * @param api the generated interface
     * @param baseUrl the vendor's (or sandbox's) base URL
     * @param decoder the generated client's {@code ApiResponseDecoder} over this transport's mapper
     * @param <A> the interface type
     * @return the API, bound per token
     */
    public <A> TokenBoundApi<A> api(Class<A> api, URI baseUrl, Decoder decoder) {
        String url = BaseUrls.withoutTrailingSlash(baseUrl);
        Map<Method, RequestRecipe> recipes = recipes(api);
        return new TokenBoundApi<>((token, body) -> feign(token, decoder, body, recipes).target(api, url));
    }

    /** The recipe of every method of the API that has one, read once from the contract's metadata. */
    static Map<Method, RequestRecipe> recipes(Class<?> api) {
        Map<Method, RequestRecipe> recipes = new HashMap<>();
        for (MethodMetadata md : CONTRACT.parseAndValidateMetadata(api)) {
            if (md.method() != null && !md.isIgnored()) {
                RequestRecipe.compile(md, List.of(AUTHORIZATION)).ifPresent(r -> recipes.put(md.method(), r));
            }
        }
        return Map.copyOf(recipes);
    }

    private Feign.Builder feign(String token, Decoder decoder, HttpEntity bodyOverride,
                                Map<Method, RequestRecipe> recipes) {
        Encoder encoder = bodyOverride == null ? new JacksonEncoder(mapper) : (object, type, template) -> {
            // the entity is sent in place of a body: show its type in the wire log, encode nothing
            template.removeHeader("Content-Type");
            template.header("Content-Type", bodyOverride.getContentType());
        };
        Client client = new HttpClient5FeignClient(http, bodyOverride, attemptTimer,
                options.attemptTimeout(), options.maxResponseBytes());
        ErrorDecoder errorDecoder = (methodKey, response) -> errors.toException(response);
        Request.Options requestOptions = new Request.Options(options.connectTimeout().toMillis(),
                TimeUnit.MILLISECONDS, options.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
        RedactingFeignLogger logger = new RedactingFeignLogger();
        Logger.Level level = RedactingFeignLogger.level();
        String authorization = "Bearer " + token;
        Feign.Builder builder = Feign.builder()
                .contract(CONTRACT)
                .client(client)
                .encoder(encoder)
                .decoder(decoder)
                .errorDecoder(errorDecoder)
                .retryer(Retryer.NEVER_RETRY)
                .options(requestOptions)
                .logger(logger)
                .logLevel(level)
                .requestInterceptor(template -> template.header(AUTHORIZATION, authorization));
        if (bodyOverride == null && renderRecipes) {
            // the response half is Feign's own, configured as Feign.Builder configures it by default
            ResponseHandler responses = new ResponseHandler(level, logger, decoder, errorDecoder, false, true, false,
                    ResponseInterceptor.Chain.DEFAULT);
            builder.invocationHandlerFactory((target, dispatch) -> new RecipeInvocationHandler(
                    new InvocationHandlerFactory.Default().create(target, dispatch), recipes,
                    RequestRecipe.feignTarget(target.url()), authorization, client, requestOptions, encoder,
                    responses, logger, level));
        }
        return builder;
    }

    /**
     * The JSON mapper of this transport.
     *
     * @return the mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Closes the connection pool.
     */
    @Override
    public void close() {
        attemptTimer.shutdownNow();
        try {
            http.close();
        } catch (IOException ignored) {
            // closing idle sockets; nothing useful to report
        }
    }
}
