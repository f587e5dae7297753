package io.github.roster.sandbox;

/**
 * Settings the JDK HTTP server reads once, when the first {@code HttpServer} of the JVM is created; the sandbox
 * sets them (unless someone already chose a value) before it creates its server.
 *
 * <p>Nagle: the JDK HTTP server writes a response's headers and body as two TCP segments; with Nagle's algorithm on
 * the server side and a delayed ACK on the client side every request then waits about 40 ms. The server reads
 * {@code sun.net.httpserver.nodelay}.
 *
 * <p>Request deadline: {@code sun.net.httpserver.maxReqTime} (seconds) closes a connection whose request (head
 * and body) has not arrived in time, so a slow client (slowloris) holds its thread for that long at most.
 */
final class JdkHttpServerTuning {

    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

    /** How long a client may take to send one request, head and body. */
    static final String REQUEST_DEADLINE_SECONDS = "30";

    private JdkHttpServerTuning() {
    }

    static void limitRequestTime() {
        if (System.getProperty(MAX_REQUEST_SECONDS) == null) {
            System.setProperty(MAX_REQUEST_SECONDS, REQUEST_DEADLINE_SECONDS);
        }
    }

    static void enableNoDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }
}
