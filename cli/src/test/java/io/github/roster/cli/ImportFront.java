package io.github.roster.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server in front of the sandbox that forwards every request to it, except where the test's
 * {@link Rule} says otherwise: it can drop the connection after the sandbox processed a request (the answer is
 * lost: "connection closed after sending"), process a request only later (an asynchronous import not yet
 * visible), hold an import's answer a while after the sandbox processed it (a window for a kill), or refuse with
 * a status of its own.
 */
final class ImportFront implements AutoCloseable {

    /** What to do with a request. */
    enum Action {
        /** Forward it and return the answer. */
        FORWARD,
        /** Forward it, let the sandbox process it, then close the connection without an answer. */
        PROCESS_THEN_DROP,
        /** Close the connection without an answer, and forward the request to the sandbox a second later. */
        DROP_THEN_PROCESS_LATER,
        /** Answer 403 without forwarding. */
        FORBID
    }

    /** Chooses the action for a request. */
    @FunctionalInterface
    interface Rule {
        /**
         * @param method the HTTP method
         * @param path the path
         * @param importNumber for users:import requests, how many came before this one (from 0); else -1
         */
        Action action(String method, String path, int importNumber);
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "transfer-encoding");

    private final URI target;
    private final Rule rule;
    private final Duration answerDelay;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService later = Executors.newSingleThreadExecutor();
    private final AtomicInteger imports = new AtomicInteger();

    /**
     * @param target the sandbox's base URL
     * @param rule what to do with each request
     * @param answerDelay how long each forwarded users:import answer is held before it is sent back
     */
    ImportFront(URI target, Rule rule, Duration answerDelay) throws IOException {
        this.target = target;
        this.rule = rule;
        this.answerDelay = answerDelay;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many users:import requests reached this front. */
    int importsSeen() {
        return imports.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            boolean isImport = path.endsWith("/users:import");
            int number = isImport ? imports.getAndIncrement() : -1;
            byte[] body = readAll(exchange.getRequestBody());
            Action action = rule.action(exchange.getRequestMethod(), path, number);
            switch (action) {
                case FORBID -> {
                    byte[] answer = "{\"errors\":[{\"code\":\"ERR_ACCESS_DENIED\",\"detail\":\"no access\"}]}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(403, answer.length);
                    exchange.getResponseBody().write(answer);
                }
                case DROP_THEN_PROCESS_LATER -> later.submit(() -> {
                    pause(Duration.ofSeconds(1));
                    return forward(exchange, body);
                });
                case PROCESS_THEN_DROP -> forward(exchange, body);
                case FORWARD -> {
                    HttpResponse<byte[]> answer = forward(exchange, body);
                    if (isImport) {
                        pause(answerDelay);
                    }
                    answer.headers().map().forEach((name, values) -> {
                        if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                            exchange.getResponseHeaders().put(name, List.copyOf(values));
                        }
                    });
                    exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1
                            : answer.body().length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer.body());
                    }
                }
                default -> throw new IllegalStateException(action.name());
            }
        } finally {
            // PROCESS_THEN_DROP and DROP_THEN_PROCESS_LATER: closing an exchange whose answer was never started
            // closes the connection, so the client gets no answer at all
            exchange.close();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static void pause(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        later.shutdown();
        later.awaitTermination(10, TimeUnit.SECONDS);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
