package io.github.roster.internal;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response body for Feign, read under the attempt's limits ({@link LimitedBody}). A decoder that asks for
 * characters gets the body read in one go and decoded once, rather than through an {@code InputStreamReader},
 * which allocates an 8 KB buffer per response: most answers are a few hundred bytes. The body is at most
 * {@link io.github.roster.http.HttpOptions#maxResponseBytes()} long either way.
 */
final class ResponseBody implements Response.Body {

    private final LimitedBody in;
    private final Integer length;

    ResponseBody(LimitedBody in, Integer length) {
        this.in = in;
        this.length = length;
    }

    @Override
    public Integer length() {
        return length;
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public InputStream asInputStream() {
        return in;
    }

    @Override
    public Reader asReader() throws IOException {
        return asReader(StandardCharsets.UTF_8);
    }

    @Override
    public Reader asReader(Charset charset) throws IOException {
        return new StringReader(new String(bytes(), charset == null ? StandardCharsets.UTF_8 : charset));
    }

    private byte[] bytes() throws IOException {
        if (length == null) {
            return in.readAllBytes();
        }
        byte[] out = new byte[length];
        int read = 0;
        while (read < out.length) {
            int n = in.read(out, read, out.length - read);
            if (n < 0) {
                throw new IOException("the body ended after " + read + " of " + length + " bytes");
            }
            read += n;
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
