package io.github.roster.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Feign's wire: sends the request Feign rendered (URL, headers, body) with Apache HttpClient 5 and hands the
 * answer back to Feign, its body streamed. With a body override (a multipart upload) the entity Feign encoded is
 * replaced by the override, and so is its {@code Content-Type}; everything else Feign rendered is sent as is.
 *
 * <p>Every attempt runs under an overall deadline (a watchdog cancels the request when it passes, ending any
 * blocked read) and reads at most a capped number of body bytes: see {@link LimitedBody}.
 */
final class HttpClient5FeignClient implements Client {

    private final CloseableHttpClient http;
    private final HttpEntity bodyOverride;
    private final ScheduledExecutorService timer;
    private final Duration attemptTimeout;
    private final long maxResponseBytes;

    HttpClient5FeignClient(CloseableHttpClient http, HttpEntity bodyOverride, ScheduledExecutorService timer,
                           Duration attemptTimeout, long maxResponseBytes) {
        this.http = http;
        this.bodyOverride = bodyOverride;
        this.timer = timer;
        this.attemptTimeout = attemptTimeout;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpUriRequestBase out = new HttpUriRequestBase(request.httpMethod().name(), URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            // the entity carries its own length; an override carries its own type (the multipart boundary)
            boolean skip = name.equalsIgnoreCase("Content-Length")
                    || (bodyOverride != null && name.equalsIgnoreCase("Content-Type"));
            if (!skip) {
                values.forEach(v -> out.addHeader(name, v));
            }
        });
        if (bodyOverride != null) {
            out.setEntity(bodyOverride);
        } else if (request.body() != null) {
            out.setEntity(new ByteArrayEntity(request.body(), null));
        }
        AttemptWatchdog watchdog = new AttemptWatchdog(timer, attemptTimeout, out);
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, out, null);
        } catch (IOException e) {
            watchdog.stop();
            throw watchdog.failure(e);
        }
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        Response.Builder answer = Response.builder()
                .status(response.getCode())
                .reason(response.getReasonPhrase())
                .headers(headers)
                .request(request);
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            watchdog.stop();
            response.close();
            return answer.build();
        }
        long length = entity.getContentLength();
        LimitedBody body = new LimitedBody(entity.getContent(), response, out, watchdog, maxResponseBytes);
        // a declared length beyond the cap is not trusted for sizing a buffer: read it as unknown, under the cap
        return answer.body(new ResponseBody(body,
                length < 0 || length > maxResponseBytes || length > Integer.MAX_VALUE ? null : (int) length))
                .build();
    }
}
