package io.github.roster.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded HTTP server on 127.0.0.1 standing in for every operation of the roster-specs documents (BIM 360
 * {@code /hq/...}, ACC {@code /construction/admin/...}, Procore {@code /rest/...}): its routes are derived from
 * the specs, and each operation is answered by the handler registered for its {@code operationId}.
 *
 * <p>Every request is checked against its spec operation and answered in the vendor's status codes and error
 * shapes; state is one consistent in-memory world (a user created by one operation is read, listed and
 * searched by the others), seeded with {@link SandboxSeed} or a JSON file ({@link Builder#seed}). Optionally it enforces rate limits per vendor
 * rate-limit group and injects 503s.
 *
 * <pre>{@code
 * try (RosterSandbox sandbox = RosterSandbox.builder().token("t").build().start()) {
 *     URI base = sandbox.baseUrl();
 *     ...
 *     JsonNode user = sandbox.state().bim360User(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID);
 * }
 * }</pre>
 */
public final class RosterSandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RosterSandbox.class);

    private final int requestedPort;
    private final SandboxState state;
    private final SandboxHandler handler;
    private final ReceivedRequests received;
    private HttpServer server;
    private ExecutorService executor;
    private boolean closed;

    private RosterSandbox(Builder builder) {
        this.requestedPort = builder.port;
        this.state = new SandboxState();
        SandboxSeed.seed(state, builder.seedFile == null ? SandboxSeed.defaultWorld() : Json.read(builder.seedFile),
                builder.clock.instant());
        SpecCatalog specs = SpecCatalog.shared();
        OperationHandlers handlers = builder.handlers.apply(state, builder.clock);
        IssuedTokens issued = new IssuedTokens();
        RequestPipeline pipeline = new RequestPipeline(
                new OutOfSpecRoutes(new TokenEndpoints(builder.clientCredentials, issued, builder.clock)),
                new RouteTable(specs.operations()),
                new RequestValidation(specs),
                requireKnown(handlers, specs),
                new GroupRateLimiters(builder.rateLimits, builder.clock),
                new FaultInjector(builder.faultRate, builder.faults, builder.faultSeed),
                new BearerAuth(builder.token, issued));
        this.received = new ReceivedRequests(builder.recordedRequestLimit);
        this.handler = new SandboxHandler(pipeline, state, ArrayLimit.fromSpecs(specs), received);
    }

    /**
     * A builder with the defaults: a free port, any non-empty bearer token, no rate limit, no faults, the
     * system UTC clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 and starts serving.
     *
     * @return this sandbox
     * @throws IllegalStateException if it was already started or closed
     * @throws UncheckedIOException if the port cannot be bound
     */
    public synchronized RosterSandbox start() {
        if (server != null || closed) {
            throw new IllegalStateException(closed ? "the sandbox is closed" : "the sandbox is already started");
        }
        JdkHttpServerTuning.enableNoDelay();
        JdkHttpServerTuning.limitRequestTime();
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(loopback(), requestedPort), 0);
            // a thread per exchange: slow clients hold one each (until the request deadline) and never starve
            // the others, as a small fixed pool did (four slow connections answered nothing)
            executor = Executors.newCachedThreadPool(daemonThreads());
            created.setExecutor(executor);
            created.createContext("/", handler);
            created.start();
            server = created;
        } catch (IOException e) {
            if (executor != null) {
                executor.shutdownNow();
            }
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + requestedPort, e);
        }
        LOG.info("Roster sandbox listening on {}", baseUrl());
        return this;
    }

    /**
     * The base URL serving all three APIs, {@code http://127.0.0.1:<port>}.
     *
     * @return the base URL
     * @throws IllegalStateException if the sandbox is not started
     */
    public synchronized URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /**
     * The port the sandbox listens on.
     *
     * @return the bound port
     * @throws IllegalStateException if the sandbox is not started
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the sandbox is not started");
        }
        return server.getAddress().getPort();
    }

    /**
     * Read access to the sandbox's data, for assertions.
     *
     * @return the state
     */
    public SandboxState state() {
        return state;
    }

    /**
     * The requests received so far, oldest first (at most {@link Builder#recordedRequestLimit(int)}, the most
     * recent ones), without secrets: {@code Authorization} values and {@code client_secret} form fields are
     * redacted.
     *
     * @return an immutable snapshot
     */
    public List<ReceivedRequest> receivedRequests() {
        return received.all();
    }

    /** Forgets the requests received so far, e.g. between the tests sharing one sandbox. */
    public void clearReceivedRequests() {
        received.clear();
    }

    /** Stops serving and releases the port. Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
            LOG.info("Roster sandbox stopped");
        }
    }

    /**
     * Runs a sandbox until the process is stopped (SIGTERM or Ctrl-C close it cleanly), printing its base URL,
     * {@code http://127.0.0.1:<port>}, as the first line on standard output (so {@code --port 0} tells the port).
     * Options: see {@link SandboxArguments#USAGE}.
     *
     * @param args the options
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        SandboxArguments arguments;
        try {
            arguments = SandboxArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxArguments.USAGE);
            System.exit(2);
            return;
        }
        if (arguments.help()) {
            System.out.println(SandboxArguments.USAGE);
            return;
        }
        RosterSandbox sandbox;
        try {
            sandbox = arguments.configure(builder()).build().start();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("cannot start the sandbox: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "roster-sandbox-shutdown"));
        System.out.println(sandbox.baseUrl());
        System.out.flush();
        try {
            stopped.await();
        } finally {
            sandbox.close();
        }
    }

    /** A handler registered under an operationId no spec declares is a typo: fail at build time. */
    private static OperationHandlers requireKnown(OperationHandlers handlers, SpecCatalog specs) {
        Set<String> declared = specs.operations().stream().map(SpecOperation::operationId).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(handlers.operationIds());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("handlers registered for operationIds no spec declares: " + unknown);
        }
        return handlers;
    }

    private static InetAddress loopback() throws UnknownHostException {
        return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "roster-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures a {@link RosterSandbox}; {@link #build()} loads the specs and seeds the state. */
    public static final class Builder {

        private int port;
        private String token;
        private RateLimitPolicy rateLimits = RateLimitPolicy.off();
        private BiFunction<SandboxState, Clock, OperationHandlers> handlers = OperationHandlers::standard;
        private double faultRate;
        private long faultSeed = 42L;
        private List<SandboxFault> faults = List.of(SandboxFault.UNAVAILABLE);
        private Clock clock = Clock.systemUTC();
        private Path seedFile;
        private ClientCredentialsCheck clientCredentials = ClientCredentialsCheck.anyNonEmpty();
        private int recordedRequestLimit = 10_000;

        private Builder() {
        }

        /**
         * The only client id and secret the token endpoints ({@code POST /authentication/v2/token} for Autodesk,
         * {@code POST /oauth/token} for Procore) accept; by default any pair with a non-empty id and secret is.
         * Tokens they issue pass the bearer check even when {@link #token(String)} is set.
         *
         * @param clientId the client id, not blank
         * @param clientSecret the client secret, not blank
         * @return this builder
         */
        public Builder clientCredentials(String clientId, String clientSecret) {
            if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
                throw new IllegalArgumentException("client id and client secret must both be non-blank");
            }
            this.clientCredentials = ClientCredentialsCheck.only(clientId, clientSecret);
            return this;
        }

        /**
         * How many of the most recent requests {@link RosterSandbox#receivedRequests()} keeps (default 10,000;
         * 0 keeps none).
         *
         * @param limit at least 0
         * @return this builder
         */
        public Builder recordedRequestLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("recorded request limit must be >= 0, was " + limit);
            }
            this.recordedRequestLimit = limit;
            return this;
        }

        /**
         * A JSON file to seed the sandbox with instead of {@link SandboxSeed}'s default world; it is read by
         * {@link #build()}. The format (every part optional; {@code src/test/resources/seed-example.json} is
         * a complete example):
         *
         * <pre>{@code
         * {
         *   "autodesk": {"accounts": [{
         *     "id": "<account uuid>",
         *     "users": [ <AccountUser: "id" and "email" required, any other field of the spec's AccountUser> ],
         *     "projects": [{
         *       "id": "<project uuid>", "name": "...", "status": "active", "platform": "acc",
         *       ... any other field of the spec's UserProject ...,
         *       "members": [{"email": "...", "status": "active|pending|deleted" (default active),
         *                    "firstName", "lastName", "companyId", "roleIds", "products", "addedOn": optional}]
         *     }]
         *   }]},
         *   "procore": {"companies": [{
         *     "id": <company id>,
         *     "users": [ <CompanyUser: "id" required, "is_active" true or false, any other field> ]
         *   }]}
         * }
         * }</pre>
         *
         * <p>Account users keep their order (the order of every list); a member is the account user with its
         * e-mail (one is created {@code pending} when the account has none), as users:import makes members.
         * E-mails are unique per account and per company. Seeding is linear in the number of records.
         *
         * @param jsonFile the seed file
         * @return this builder
         */
        public Builder seed(Path jsonFile) {
            this.seedFile = Objects.requireNonNull(jsonFile, "jsonFile");
            return this;
        }

        /**
         * The port on 127.0.0.1; 0 (the default) picks a free one.
         *
         * @param port 0..65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be within 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The only bearer token accepted; by default any non-empty token is.
         *
         * @param token the token, or {@code null} to accept any
         * @return this builder
         */
        public Builder token(String token) {
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            this.token = token;
            return this;
        }

        /**
         * Requests allowed per vendor rate-limit group ({@code autodesk-hq}, {@code autodesk-admin-read},
         * {@code autodesk-admin-write}, {@code procore}) per clock minute, fixed windows on whole minutes; 0, the
         * default, is off. Replaces {@link #vendorRateLimits()}.
         *
         * @param rateLimitPerMinute the limit, at least 0
         * @return this builder
         */
        public Builder rateLimitPerMinute(int rateLimitPerMinute) {
            if (rateLimitPerMinute < 0) {
                throw new IllegalArgumentException("rate limit must be >= 0, was " + rateLimitPerMinute);
            }
            this.rateLimits = RateLimitPolicy.perMinute(rateLimitPerMinute);
            return this;
        }

        /**
         * The vendors' real limits, each group counted in its own fixed windows: every {@code /hq/} call 100 per
         * minute, {@code /construction/admin} reads 600 and writes 100 per minute, Procore 3,600 per hour. A 429
         * carries {@code Retry-After} (and, from Procore, the {@code X-Rate-Limit-*} headers). Replaces
         * {@link #rateLimitPerMinute(int)}.
         *
         * @return this builder
         */
        public Builder vendorRateLimits() {
            this.rateLimits = RateLimitPolicy.vendor();
            return this;
        }

        /** Test hook: the handlers to register instead of {@link OperationHandlers#standard}. */
        Builder handlers(BiFunction<SandboxState, Clock, OperationHandlers> handlers) {
            this.handlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /**
         * The share of vendor requests that get a fault (by default answered 503 with {@code Retry-After: 1}; see
         * {@link #faults}); 0.0, the default, is off.
         *
         * @param faultRate the share, within 0..1
         * @return this builder
         */
        public Builder faultRate(double faultRate) {
            if (!(faultRate >= 0.0 && faultRate <= 1.0)) {
                throw new IllegalArgumentException("fault rate must be within 0..1, was " + faultRate);
            }
            this.faultRate = faultRate;
            return this;
        }

        /**
         * The faults {@link #faultRate(double)} injects, each drawn as often as the others; the default is
         * {@link SandboxFault#UNAVAILABLE} alone.
         *
         * @param faults one or more faults
         * @return this builder
         */
        public Builder faults(SandboxFault... faults) {
            if (faults == null || faults.length == 0) {
                throw new IllegalArgumentException("name at least one fault");
            }
            this.faults = List.of(faults);
            return this;
        }

        /**
         * The seed of the random draws behind {@link #faultRate(double)}; the default is 42.
         *
         * @param faultSeed the seed
         * @return this builder
         */
        public Builder faultSeed(long faultSeed) {
            this.faultSeed = faultSeed;
            return this;
        }

        /**
         * The clock for rate-limit windows and {@code updated_at}; the default is the system UTC clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * A sandbox, not yet started.
         *
         * @return the sandbox
         */
        public RosterSandbox build() {
            return new RosterSandbox(this);
        }
    }
}
