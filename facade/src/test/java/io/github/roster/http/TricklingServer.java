package io.github.roster.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that answers every connection with a fixed head and then a body that is
 * trickled (one byte per pause) or endless. Every connection is bounded in time: it stops after
 * {@code maxMillis}. Close it after the test.
 */
final class TricklingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "trickling-server");
        t.setDaemon(true);
        return t;
    });

    /**
     * Starts a server.
     *
     * @param head the status line and headers, sent one byte per {@code pauseMillis} when {@code trickleHead}
     * @param bodyByte the byte the body repeats
     * @param pauseMillis pause between body bytes; 0 sends as fast as possible
     * @param trickleHead whether the head itself is trickled
     * @param maxMillis how long a connection is served at most
     */
    TricklingServer(String head, byte bodyByte, long pauseMillis, boolean trickleHead, long maxMillis) {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    threads.execute(() -> serve(client, head, bodyByte, pauseMillis, trickleHead, maxMillis));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private static void serve(Socket client, String head, byte bodyByte, long pauseMillis, boolean trickleHead,
                              long maxMillis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        try (client) {
            InputStream in = client.getInputStream();
            byte[] request = new byte[8192];
            in.read(request); // the request head; its content does not matter
            OutputStream out = client.getOutputStream();
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            if (trickleHead) {
                for (byte b : headBytes) {
                    if (System.nanoTime() > end) {
                        return;
                    }
                    out.write(b);
                    out.flush();
                    Thread.sleep(pauseMillis);
                }
            } else {
                out.write(headBytes);
            }
            byte[] chunk = new byte[pauseMillis == 0 ? 8192 : 1];
            java.util.Arrays.fill(chunk, bodyByte);
            while (System.nanoTime() < end) {
                out.write(chunk);
                out.flush();
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client gave up: that is what the tests want
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
