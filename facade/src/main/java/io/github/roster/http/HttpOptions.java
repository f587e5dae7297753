package io.github.roster.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a client talks HTTP: timeouts, connection pool, proxy, retries, pacing. Immutable; build once and share.
 */
public final class HttpOptions {

    private static final HttpOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration attemptTimeout;
    private final long maxResponseBytes;
    private final int maxConnections;
    private final RetryPolicy retryPolicy;
    private final Pacing pacing;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ProxyOptions proxy;

    private HttpOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.attemptTimeout = b.attemptTimeout;
        this.maxResponseBytes = b.maxResponseBytes;
        this.maxConnections = b.maxConnections;
        this.retryPolicy = b.retryPolicy;
        this.pacing = b.pacing;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.proxy = b.proxy;
    }

    /**
     * The defaults: connect timeout 10 s, read timeout 30 s, attempt timeout 2 min, response bodies up to 32 MiB,
     * 20 pooled connections, {@link RetryPolicy#defaults()},
     * no pacing, the JVM's proxy properties ({@link ProxyOptions#systemProperties()}).
     *
     * @return the defaults
     */
    public static HttpOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().connectTimeout(connectTimeout).readTimeout(readTimeout)
                .attemptTimeout(attemptTimeout).maxResponseBytes(maxResponseBytes).maxConnections(maxConnections)
                .retryPolicy(retryPolicy).pacing(pacing).clock(clock).sleeper(sleeper).proxy(proxy);
    }

    /**
     * How long to wait for a connection.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a response once the request is sent.
     *
     * @return the read timeout
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The overall deadline of one attempt, from sending the request to the last byte of the answer read (the
     * read timeout is per socket read: a server trickling a byte at a time never trips it). An attempt past it
     * is abandoned with a {@code TransportException} (the request may have been processed).
     *
     * @return the attempt timeout
     */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    /**
     * The most bytes read of one response body (JSON, multipart answers, error bodies, token answers); a
     * longer answer fails the attempt with a {@code TransportException} that says so.
     *
     * @return the cap in bytes
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * The size of the connection pool.
     *
     * @return the most connections open at once
     */
    public int maxConnections() {
        return maxConnections;
    }

    /**
     * When requests are sent again.
     *
     * @return the retry policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * Client-side pacing, per rate-limit group, shared by the clients of the same credentials.
     *
     * @return the pacing; {@link Pacing#off()} by default
     */
    public Pacing pacing() {
        return pacing;
    }

    /**
     * The clock used to read HTTP-date and reset-time wait hints and to pace requests.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * What waits between attempts.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The forward proxy API calls go through.
     *
     * @return the proxy setting; {@link ProxyOptions#systemProperties()} by default
     */
    public ProxyOptions proxy() {
        return proxy;
    }

    /** Builds {@link HttpOptions}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration attemptTimeout = Duration.ofMinutes(2);
        private long maxResponseBytes = 32L * 1024 * 1024;
        private int maxConnections = 20;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Pacing pacing = Pacing.off();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private ProxyOptions proxy = ProxyOptions.systemProperties();

        private Builder() {
        }

        /**
         * Sets the connect timeout.
         *
         * @param connectTimeout positive
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * Sets the read timeout.
         *
         * @param readTimeout positive
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /**
         * Sets the overall deadline of one attempt (request sent to answer read).
         *
         * @param attemptTimeout positive
         * @return this builder
         */
        public Builder attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = positive(attemptTimeout, "attemptTimeout");
            return this;
        }

        /**
         * Sets the most bytes read of one response body.
         *
         * @param maxResponseBytes at least 1
         * @return this builder
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            if (maxResponseBytes < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Sets the size of the connection pool.
         *
         * @param maxConnections at least 1
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * Sets the retry policy.
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Paces requests so that at most this many start per minute in each rate-limit group, shared by the
         * clients of the same credentials; the same as {@code pacing(Pacing.requestsPerMinute(n))}.
         *
         * @param requestsPerMinute per group; 0 for no pacing
         * @return this builder
         */
        public Builder requestsPerMinute(int requestsPerMinute) {
            if (requestsPerMinute < 0) {
                throw new IllegalArgumentException("requestsPerMinute must not be negative, was " + requestsPerMinute);
            }
            this.pacing = requestsPerMinute == 0 ? Pacing.off() : Pacing.requestsPerMinute(requestsPerMinute);
            return this;
        }

        /**
         * Sets client-side pacing, e.g. {@link Pacing#vendorLimits()}.
         *
         * @param pacing the pacing
         * @return this builder
         */
        public Builder pacing(Pacing pacing) {
            this.pacing = Objects.requireNonNull(pacing, "pacing");
            return this;
        }

        /**
         * Sets the clock (tests use a fixed one).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets what waits between attempts (tests record instead of sleeping).
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Sets the forward proxy API calls go through; give the token provider's builder the same value so that
         * token calls take the same route.
         *
         * @param proxy e.g. {@code ProxyOptions.of("proxy.corp.example", 3128)}
         * @return this builder
         */
        public Builder proxy(ProxyOptions proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return immutable options
         */
        public HttpOptions build() {
            return new HttpOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
