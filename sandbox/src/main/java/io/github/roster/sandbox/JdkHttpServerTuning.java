package io.github.roster.sandbox;

/**
 * The JDK HTTP server writes a response's headers and body as two TCP segments; with Nagle's algorithm on
 * the server side and a delayed ACK on the client side every request then waits about 40 ms. The server reads
 * {@code sun.net.httpserver.nodelay} once, when the first {@code HttpServer} of the JVM is created, so the
 * sandbox sets it (unless someone already chose a value) before it creates its server.
 */
final class JdkHttpServerTuning {

    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private JdkHttpServerTuning() {
    }

    static void enableNoDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }
}
