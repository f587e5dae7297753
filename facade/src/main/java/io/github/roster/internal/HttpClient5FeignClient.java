package io.github.roster.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Feign's wire: sends the request Feign rendered (URL, headers, body) with Apache HttpClient 5 and hands the
 * answer back to Feign, its body streamed. With a body override (a multipart upload) the entity Feign encoded is
 * replaced by the override, and so is its {@code Content-Type}; everything else Feign rendered is sent as is.
 */
final class HttpClient5FeignClient implements Client {

    private final CloseableHttpClient http;
    private final HttpEntity bodyOverride;

    HttpClient5FeignClient(CloseableHttpClient http, HttpEntity bodyOverride) {
        this.http = http;
        this.bodyOverride = bodyOverride;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        ClassicRequestBuilder out = ClassicRequestBuilder.create(request.httpMethod().name()).setUri(request.url());
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
        ClassicHttpResponse response = http.executeOpen(null, out.build(), null);
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
            response.close();
            return answer.build();
        }
        long length = entity.getContentLength();
        InputStream body = new ClosingBody(entity.getContent(), response);
        return answer.body(body, length < 0 || length > Integer.MAX_VALUE ? null : (int) length).build();
    }

    /** The response body; closing it closes the response (returning the connection to the pool). */
    private static final class ClosingBody extends java.io.FilterInputStream {
        private final ClassicHttpResponse response;

        ClosingBody(InputStream in, ClassicHttpResponse response) {
            super(in);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }
}
