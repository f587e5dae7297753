package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge between the JDK HTTP server and the {@link RequestPipeline}: reads the whole request (a JSON body
 * with an overlong array is refused while it streams in), records it in {@link ReceivedRequests}, counts
 * the answer in the {@link SandboxState}, writes the JSON response.
 */
final class SandboxHandler implements HttpHandler {

    static final int MAX_REQUEST_BYTES = 20 * 1024 * 1024;
    private static final long MAX_DISCARDED_BYTES = 256L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxHandler.class);

    private final RequestPipeline pipeline;
    private final SandboxState state;
    private final ArrayLimit arrays;
    private final ReceivedRequests received;

    SandboxHandler(RequestPipeline pipeline, SandboxState state, ArrayLimit arrays, ReceivedRequests received) {
        this.pipeline = pipeline;
        this.state = state;
        this.arrays = arrays;
        this.received = received;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            ArrayLimit.Read read = readBody(exchange);
            received.record(new ReceivedRequest(exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT), path,
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), read.body()));
            SandboxResponse response;
            if (read.refusal() != null) {
                response = SandboxResponse.json(400, Json.object().put("message", read.refusal()));
            } else if (read.body() == null) {
                response = SandboxResponse.json(413, Json.object().put("message", "The request body is too large."));
            } else {
                response = pipeline.respond(new SandboxRequest(exchange.getRequestMethod(), path,
                        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), read.body()));
            }
            state.countRequest(path, response.status());
            LOG.debug("{} {} -> {}{}", exchange.getRequestMethod(), path, response.status(),
                    response.dropConnection() ? " (dropped)" : "");
            if (!response.dropConnection()) {
                write(exchange, response);
            }
            // a dropped one: closing an exchange that sent no headers closes its connection, unanswered
        } catch (RuntimeException e) {
            LOG.error("sandbox failure", e);
            write(exchange, SandboxResponse.json(500, Json.object().put("message", "The sandbox failed: " + e)));
        } finally {
            exchange.close();
        }
    }

    /**
     * The body, or none when it is larger than {@link #MAX_REQUEST_BYTES}; a JSON body is checked for overlong
     * arrays while it streams in ({@link ArrayLimit}).
     */
    private ArrayLimit.Read readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            ArrayLimit.Read read;
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
                read = arrays.read(in, MAX_REQUEST_BYTES);
            } else {
                byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
                read = new ArrayLimit.Read(body.length > MAX_REQUEST_BYTES ? null : body, null);
            }
            if (read.body() == null) {
                discardRest(in);
            }
            return read;
        }
    }

    /**
     * Reads and drops what is left of a refused body (up to {@link #MAX_DISCARDED_BYTES}, without keeping it), so
     * the client, still sending, receives the refusal instead of a connection reset. A larger rest is cut off.
     */
    private static void discardRest(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = MAX_DISCARDED_BYTES;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
            left -= n;
        }
    }

    private static void write(HttpExchange exchange, SandboxResponse response) throws IOException {
        JsonNode body = response.body();
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        if (body == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = Json.write(body);
        headers.set("Content-Type", "application/json; charset=utf-8");
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
