package io.github.roster.internal;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient 5's default TLS ({@link DefaultClientTlsStrategy#createDefault()}, what the connection manager uses
 * when given none), made on the first {@code https} connection instead of when the client is built. Making it loads
 * the JDK's TLS stack and parses its trust store: hundreds of classes and a large share of a short command's
 * start-up, wasted when every request goes to {@code http://} (the sandbox, a local proxy).
 */
final class TlsOnFirstUse implements TlsSocketStrategy {

    private volatile TlsSocketStrategy tls;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return tls().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy tls() {
        TlsSocketStrategy made = tls;
        if (made == null) {
            synchronized (this) {
                made = tls;
                if (made == null) {
                    made = DefaultClientTlsStrategy.createDefault();
                    tls = made;
                }
            }
        }
        return made;
    }
}
