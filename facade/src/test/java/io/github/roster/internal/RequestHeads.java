package io.github.roster.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** For raw-socket test servers: reads one HTTP request head, up to and including its blank line. */
final class RequestHeads {

    private static final byte[] END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private RequestHeads() {
    }

    /**
     * Reads a request head.
     *
     * @return false when the connection ended first
     */
    static boolean read(InputStream in) throws IOException {
        int matched = 0;
        while (matched < END.length) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            matched = b == END[matched] ? matched + 1 : (b == END[0] ? 1 : 0);
        }
        return true;
    }
}
