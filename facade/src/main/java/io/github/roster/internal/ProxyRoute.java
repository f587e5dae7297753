package io.github.roster.internal;

import io.github.roster.http.ProxyOptions;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;

/**
 * The one proxy decision API calls (Apache HttpClient 5, {@link Transport}) and token calls (the JDK client,
 * {@link TokenEndpoint}) both take: one {@link ProxySelector} and one set of proxy credentials derived from a
 * {@link ProxyOptions}.
 */
public final class ProxyRoute {

    private final ProxyOptions options;
    private final ProxySelector selector;

    /**
     * Derives the route from a proxy setting.
     *
     * @param options the setting
     */
    public ProxyRoute(ProxyOptions options) {
        this.options = options;
        this.selector = switch (options.mode()) {
            case SYSTEM_PROPERTIES -> new SystemProperties();
            case NONE -> new Fixed(null, options);
            case EXPLICIT -> new Fixed(new Proxy(Proxy.Type.HTTP,
                    InetSocketAddress.createUnresolved(options.host(), options.port())), options);
        };
    }

    /**
     * The selector both clients ask for each connection.
     *
     * @return the selector
     */
    public ProxySelector selector() {
        return selector;
    }

    /**
     * The route planner of the Apache client.
     *
     * @return a planner over {@link #selector()}
     */
    public HttpRoutePlanner routePlanner() {
        return new SystemDefaultRoutePlanner(selector);
    }

    /**
     * The proxy credentials for the Apache client.
     *
     * @return a provider answering only for the explicit proxy, or null without credentials
     */
    public CredentialsProvider credentialsProvider() {
        if (options.username() == null) {
            return null;
        }
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(options.host(), options.port()),
                new UsernamePasswordCredentials(options.username(), options.password().toCharArray()));
        return credentials;
    }

    /**
     * The proxy credentials for the JDK client.
     *
     * @return an authenticator answering only proxy challenges from the explicit proxy, or null without credentials
     */
    public Authenticator authenticator() {
        if (options.username() == null) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                if (getRequestorType() != RequestorType.PROXY || getRequestingPort() != options.port()
                        || !options.host().equalsIgnoreCase(getRequestingHost())) {
                    return null;
                }
                return new PasswordAuthentication(options.username(), options.password().toCharArray());
            }
        };
    }

    /** Delegates to the JVM's current default selector on every call, so later property changes apply. */
    private static final class SystemProperties extends ProxySelector {
        @Override
        public List<Proxy> select(URI uri) {
            ProxySelector jvm = ProxySelector.getDefault();
            return jvm == null ? List.of(Proxy.NO_PROXY) : jvm.select(uri);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            ProxySelector jvm = ProxySelector.getDefault();
            if (jvm != null) {
                jvm.connectFailed(uri, sa, ioe);
            }
        }
    }

    /** One proxy (or none) for every host but the non-proxy ones. */
    private static final class Fixed extends ProxySelector {
        private final Proxy proxy;
        private final ProxyOptions options;

        Fixed(Proxy proxy, ProxyOptions options) {
            this.proxy = proxy;
            this.options = options;
        }

        @Override
        public List<Proxy> select(URI uri) {
            if (proxy == null || uri.getHost() == null || options.bypasses(uri.getHost())) {
                return List.of(Proxy.NO_PROXY);
            }
            return List.of(proxy);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // one proxy, no alternative to fall back on
        }
    }
}
