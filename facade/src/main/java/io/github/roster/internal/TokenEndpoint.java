package io.github.roster.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.error.ErrorResponse;
import io.github.roster.error.TokenRequestException;
import io.github.roster.error.TransportException;
import io.github.roster.error.VendorError;
import io.github.roster.http.ProxyOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends OAuth client-credentials token requests (a form POST) and reads the answer.
 *
 * <p>Uses the JDK's {@link HttpClient}: a token request is one small form POST every hour or so, the JDK
 * client sends it with a whole-request timeout and no extra dependency, and keeping it apart from the API
 * clients' pooled Apache client means a token provider can be shared by several clients and outlive them.
 * Its proxy comes from the same {@link ProxyRoute} as the API clients'. It never logs bodies (both directions carry secrets); failures never carry the request, and the secrets
 * passed in are scrubbed from anything kept of the answer.
 */
public final class TokenEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.roster.auth");

    /** The most bytes read of a token answer: a token answer is a few kilobytes at most. */
    static final int MAX_TOKEN_ANSWER_BYTES = 256 * 1024;

    private static final HttpResponse.BodyHandler<byte[]> LIMITED_BODY =
            info -> new LimitedBytes(MAX_TOKEN_ANSWER_BYTES);

    private final URI url;
    private final String label;
    private final Duration readTimeout;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final VendorErrorParser errors = new VendorErrorParser(mapper);

    /**
     * Creates an endpoint.
     *
     * @param url the token URL
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long the whole exchange may take, the answer's body included
     * @param clock the clock for {@code Retry-After} dates
     * @param proxy the forward proxy, the same setting as the API clients'
     */
    public TokenEndpoint(URI url, Duration connectTimeout, Duration readTimeout, Clock clock, ProxyOptions proxy) {
        this.url = url;
        this.label = "POST " + url.getRawPath();
        this.readTimeout = readTimeout;
        this.clock = clock;
        ProxyRoute route = new ProxyRoute(proxy);
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(route.selector());
        if (route.authenticator() != null) {
            builder.authenticator(route.authenticator());
        }
        this.http = builder.build();
    }

    /**
     * Sends one token request.
     *
     * @param form the form fields, sent URL-encoded
     * @param headers extra request headers (e.g. {@code Authorization: Basic ...})
     * @param secrets values to scrub from anything kept of an error answer
     * @return the token
     * @throws TokenRequestException when the endpoint answers with an error status
     * @throws TransportException when there is no usable answer
     */
    public IssuedToken request(Map<String, String> form, Map<String, String> headers, List<String> secrets) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("User-Agent", io.github.roster.RosterVersion.userAgent())
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
        headers.forEach(request::header);
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        // the JDK's request timeout ends at the response head: the whole exchange, body included, gets the
        // same deadline here, and the body is capped
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request.build(), LIMITED_BODY);
        try {
            response = exchange.get(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            String what = "no complete token answer within " + readTimeout.toMillis() + " ms";
            TransportException failure = new TransportException(label + ": " + what, true,
                    new java.net.http.HttpTimeoutException(what));
            LOG.debug("{} -> timed out ({} ms)", label, millisSince(start));
            throw failure;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof ResponseTooLargeException) {
                throw TransportException.unreadableResponse(label + ": the token answer is longer than "
                        + MAX_TOKEN_ANSWER_BYTES + " bytes", null);
            }
            TransportException failure = IoFailures.classify(label, cause);
            LOG.debug("{} -> I/O failure ({} ms): {}", label, millisSince(start), failure.getMessage());
            throw failure;
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException(label + ": interrupted while waiting for a token", true, e);
        }
        int status = response.statusCode();
        LOG.debug("{} -> {} ({} ms)", label, status, millisSince(start));
        if (status < 200 || status >= 300) {
            throw error(status, response, secrets);
        }
        return parse(response.body());
    }

    private TokenRequestException error(int status, HttpResponse<byte[]> response, List<String> secrets) {
        String body = SecretRedaction.redact(new String(response.body(), StandardCharsets.UTF_8), secrets);
        VendorError parsed = SecretRedaction.redact(errors.parse(body), secrets);
        if (parsed.code() == null) {
            // OAuth's {"error": "invalid_client", "error_description": "..."}: the error is the code
            String oauthError = SecretRedaction.redact(oauthError(body), secrets);
            if (oauthError != null && !oauthError.equals(parsed.message())) {
                parsed = new VendorError(oauthError, parsed.message(), parsed.fieldErrors());
            }
        }
        Duration wait = WaitHints.from(status, response.headers().map(), clock);
        return new TokenRequestException(new ErrorResponse(status, "POST", url.getRawPath(), parsed, body, wait,
                SafeHeaders.of(response.headers().map())));
    }

    private IssuedToken parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            // no cause: a parser message can quote the body, and the body holds the token
            throw TransportException.unreadableResponse(label + ": the token answer is not JSON", null);
        }
        JsonNode token = root == null ? null : root.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw TransportException.unreadableResponse(label + ": the token answer has no access_token", null);
        }
        try {
            HeaderValues.requireToken(token.asText(), "access_token");
        } catch (IllegalArgumentException e) {
            throw TransportException.unreadableResponse(label + ": the token answer's " + e.getMessage(), null);
        }
        JsonNode expiresIn = root.get("expires_in");
        Duration lifetime = null;
        if (expiresIn != null && (expiresIn.isNumber() || expiresIn.asText().matches("\\d+"))) {
            lifetime = Duration.ofSeconds(expiresIn.asLong());
        }
        return new IssuedToken(token.asText(), lifetime);
    }

    private String oauthError(String body) {
        try {
            JsonNode error = mapper.readTree(body).get("error");
            return error != null && error.isTextual() ? error.asText() : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public String toString() {
        return "TokenEndpoint{" + url + '}';
    }
}
