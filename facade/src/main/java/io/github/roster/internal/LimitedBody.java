package io.github.roster.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * A response body read under the attempt's limits: at most {@code maxBytes} bytes, before the watchdog's
 * deadline. Closing it at the end of the body returns the connection to the pool; closing it earlier (an
 * error body read in part, a limit hit) drops the connection instead of draining a body that may never end.
 */
final class LimitedBody extends FilterInputStream {

    /** How much of an unread rest is read to keep the connection alive rather than dropped. */
    private static final int DRAIN_LIMIT = 64 * 1024;

    private final ClassicHttpResponse response;
    private final HttpUriRequestBase request;
    private final AttemptWatchdog watchdog;
    private final long maxBytes;
    private long read;
    private boolean atEnd;
    private boolean closed;

    LimitedBody(InputStream in, ClassicHttpResponse response, HttpUriRequestBase request, AttemptWatchdog watchdog,
                long maxBytes) {
        super(in);
        this.response = response;
        this.request = request;
        this.watchdog = watchdog;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (watchdog.expired()) {
            throw watchdog.failure(new IOException("attempt cancelled"));
        }
        int n;
        try {
            // one byte past the limit tells "exactly the limit" from "longer"
            n = super.read(b, off, (int) Math.min(len, maxBytes - read + 1));
        } catch (IOException e) {
            throw watchdog.failure(e);
        }
        if (n < 0) {
            atEnd = true;
            return n;
        }
        read += n;
        if (read > maxBytes) {
            throw new ResponseTooLargeException(maxBytes);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int got = read(buffer, 0, buffer.length);
        return Math.max(got, 0);
    }

    /**
     * Reads what is left of a body whose reader stopped early (a JSON parser stops at the closing brace), up to
     * {@code limit} bytes, so that the connection can be kept alive.
     */
    private boolean drainedWithin(int limit) throws IOException {
        // usually only the end of the stream is left: see it without a buffer
        if (super.read() < 0) {
            return true;
        }
        byte[] buffer = new byte[4096];
        long drained = 1;
        while (drained <= limit) {
            int n = super.read(buffer, 0, buffer.length);
            if (n < 0) {
                return true;
            }
            drained += n;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (atEnd || drainedWithin(DRAIN_LIMIT)) {
                watchdog.stop();
                super.close();
                return;
            }
        } catch (IOException unreadable) {
            // dropped below
        }
        watchdog.stop();
        request.cancel();
        response.close();
    }
}
