package io.github.roster.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.hc5.ApacheHttp5Client;
import feign.jackson.JacksonEncoder;
import io.github.roster.error.ApiException;
import io.github.roster.error.ApiExceptions;
import io.github.roster.error.ErrorResponse;
import io.github.roster.error.RosterException;
import io.github.roster.error.TransportException;
import io.github.roster.http.HttpOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP layer of one client: a pooled Apache HttpClient 5 (sends PATCH, keeps connections alive), the
 * Feign targets built on it, and the mapping of every answer to a body or a Roster exception.
 *
 * <p>Feign never retries here ({@link Retryer#NEVER_RETRY}): {@link CallExecutor} decides, because Feign's
 * own retryer clamps {@code Retry-After} to one second and resends POSTs after I/O failures.
 */
public final class Transport implements AutoCloseable {

    private static final String USER_AGENT = "roster-java/0.1";

    private final HttpOptions options;
    private final ObjectMapper mapper;
    private final VendorErrorParser errorParser;
    private final CloseableHttpClient http;
    private final Feign.Builder feign;

    /**
     * Creates the HTTP layer.
     *
     * @param options timeouts, pool size, clock
     * @param mapper the client's JSON mapper
     */
    public Transport(HttpOptions options, ObjectMapper mapper) {
        this.options = options;
        this.mapper = mapper;
        this.errorParser = new VendorErrorParser(mapper);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(options.maxConnections())
                .setMaxConnPerRoute(options.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.readTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(pool)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent(USER_AGENT)
                .build();
        this.feign = Feign.builder()
                .client(new ApacheHttp5Client(http))
                .encoder(new JacksonEncoder(mapper))
                .errorDecoder((methodKey, response) -> toException(response))
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                        options.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false))
                .logger(new RedactingFeignLogger())
                .logLevel(RedactingFeignLogger.level())
                .requestInterceptor(template -> {
                    String token = CallExecutor.attemptToken();
                    if (token != null) {
                        template.header("Authorization", "Bearer " + token);
                    }
                });
    }

    /**
     * A generated Feign API bound to a base URL, authenticated by the running attempt's token.
     *
     * @param api the generated interface
     * @param baseUrl the vendor's (or sandbox's) base URL
     * @param decoder the generated client's {@code ApiResponseDecoder} over this transport's mapper
     * @param <T> the interface type
     * @return the bound API
     */
    public <T> T target(Class<T> api, URI baseUrl, Decoder decoder) {
        return feign.decoder(decoder).target(api, stripTrailingSlash(baseUrl.toString()));
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
     * Runs one Feign call, turning Feign's I/O and decoding failures into Roster exceptions.
     *
     * @param label the operation, for messages
     * @param call the generated {@code ...WithHttpInfo} call
     * @param status reads the status from its result
     * @param body reads the body from its result
     * @param <R> the generated ApiResponse type
     * @param <T> the body type
     * @return the status and body
     */
    public <R, T> CallExecutor.Exchange<T> feignCall(String label, Supplier<R> call, ToIntFunction<R> status,
                                                     Function<R, T> body) {
        try {
            R r = call.get();
            return new CallExecutor.Exchange<>(status.applyAsInt(r), body.apply(r));
        } catch (RosterException e) {
            throw e;
        } catch (RetryableException e) {
            throw IoFailures.classify(label, e);
        } catch (FeignException e) {
            throw readFailure(label, e);
        }
    }

    /**
     * A failure after the status line arrived: malformed JSON in a success answer (processed, not worth
     * sending again), or an I/O failure while the body was streaming in (a timeout, a reset), which is an
     * ordinary transport failure.
     */
    static TransportException readFailure(String label, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException || t instanceof DecodeException) {
                return TransportException.unreadableResponse(label + ": the response could not be read ("
                        + t.getClass().getSimpleName() + ")", failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return IoFailures.classify(label, t);
            }
        }
        return TransportException.unreadableResponse(label + ": the response could not be read ("
                + failure.getClass().getSimpleName() + ")", failure);
    }

    /**
     * Sends a request Feign cannot stream (multipart uploads) and decodes the answer.
     *
     * @param label the operation, for messages
     * @param request the request, without Authorization
     * @param bearerToken the token of this attempt
     * @param type the success body type
     * @param <T> the body type
     * @return the status and body
     */
    public <T> CallExecutor.Exchange<T> send(String label, ClassicHttpRequest request, String bearerToken,
                                            Class<T> type) {
        request.setHeader("Authorization", "Bearer " + bearerToken);
        if (RedactingFeignLogger.traceEnabled()) {
            HttpEntity body = request.getEntity();
            RedactingFeignLogger.traceRequest(request.getMethod(), uriOf(request),
                    headerMap(request.getHeaders(), body), "[" + (body == null ? "no body" : body.getContentType())
                            + " body not logged]");
        }
        long start = System.nanoTime();
        try {
            return http.execute(request, response -> {
                int code = response.getCode();
                HttpEntity entity = response.getEntity();
                byte[] bytes = entity == null ? new byte[0] : readAll(entity.getContent());
                Map<String, Collection<String>> headers = headerMap(response.getHeaders(), null);
                RedactingFeignLogger.traceResponse(code, (System.nanoTime() - start) / 1_000_000, headers,
                        new String(bytes, StandardCharsets.UTF_8));
                if (code >= 400) {
                    throw toException(code, headers, new String(bytes, StandardCharsets.UTF_8),
                            request.getMethod(), request.getPath());
                }
                try {
                    T body = bytes.length == 0 ? null : mapper.readValue(bytes, type);
                    return new CallExecutor.Exchange<>(code, body);
                } catch (IOException e) {
                    throw readFailure(label, e);
                }
            });
        } catch (RosterException e) {
            throw e;
        } catch (IOException e) {
            throw IoFailures.classify(label, e);
        }
    }

    private ApiException toException(feign.Response response) {
        String body = "";
        if (response.body() != null) {
            try (InputStream in = response.body().asInputStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "";
            }
        }
        Request req = response.request();
        String path = URI.create(req.url()).getRawPath();
        return toException(response.status(), response.headers(), body, req.httpMethod().name(), path);
    }

    private ApiException toException(int status, Map<String, Collection<String>> headers, String body,
                                     String method, String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        Duration wait = WaitHints.from(status, headers, options.clock());
        // a gateway may quote the refused token in its message: it must not reach the exception
        String safeBody = RedactingFeignLogger.withoutAttemptToken(body);
        return ApiExceptions.from(new ErrorResponse(status, method, path, errorParser.parse(safeBody), safeBody, wait));
    }

    private static String uriOf(ClassicHttpRequest request) {
        try {
            return request.getUri().toString();
        } catch (java.net.URISyntaxException e) {
            return request.getRequestUri();
        }
    }

    private static Map<String, Collection<String>> headerMap(Header[] headers, HttpEntity entity) {
        Map<String, Collection<String>> map = new LinkedHashMap<>();
        for (Header h : headers) {
            map.computeIfAbsent(h.getName(), k -> new java.util.ArrayList<>()).add(h.getValue());
        }
        if (entity != null && entity.getContentType() != null) {
            map.putIfAbsent("Content-Type", java.util.List.of(entity.getContentType()));
        }
        return map;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Closes the connection pool.
     */
    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException ignored) {
            // closing idle sockets; nothing useful to report
        }
    }

}
