package io.github.roster.cli;

import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxFault;
import io.github.roster.sandbox.SandboxSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roster sandbox}: runs the embedded stand-in for the three vendor endpoints until interrupted. The first
 * line it prints is the base URL alone, so scripts in any language read the port {@code --port 0} picked.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Runs the sandbox: a local stand-in for the BIM 360, ACC and Procore endpoints (and both"
                + " vendors' OAuth token endpoints) that validates every request against the specs.",
                "Prints its base URL, http://127.0.0.1:<port>, as the first line; GET /health answers 200 when it"
                + " is up. Stop it with Ctrl-C or SIGTERM."})
final class SandboxCommand implements Callable<Integer> {

    private final CliContext ctx;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "0",
            description = "Answer 429 beyond N requests per minute (default 0: no limit).")
    int rateLimit;

    @Option(names = "--token", paramLabel = "T", description = "Accept only this bearer token (default: any non-empty one).")
    String token;

    @Option(names = "--fault-rate", paramLabel = "SHARE", defaultValue = "0",
            description = "Give this share of requests (0..1) a fault, by default 503 Retry-After: 1 (default 0).")
    double faultRate;

    @Option(names = "--fault", paramLabel = "KIND", split = ",",
            description = "Which faults --fault-rate injects, drawn evenly: unavailable (503), too-many-requests (429),"
                    + " drop-after-processing (the request is applied, then the connection closes unanswered)."
                    + " Comma-separated or repeated; default unavailable.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "FILE",
            description = "Start from this JSON world instead of the built-in seed (format: RosterSandbox.Builder.seed).")
    Path seed;

    @Option(names = "--client-id", paramLabel = "ID",
            description = "Token endpoints accept only this client id (with --client-secret; default: any non-empty pair).")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET",
            description = "Token endpoints accept only this client secret (with --client-id).")
    String clientSecret;

    SandboxCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        RosterSandbox.Builder b = RosterSandbox.builder().port(port).rateLimitPerMinute(rateLimit).faultRate(faultRate);
        if (token != null) {
            b.token(token);
        }
        if (!faults.isEmpty()) {
            if (faultRate <= 0) {
                throw new InvalidInputException("--fault needs --fault-rate above 0 (the share of requests that get one)");
            }
            try {
                b.faults(faults.stream().map(SandboxFault::fromKey).toArray(SandboxFault[]::new));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--fault: " + e.getMessage());
            }
        }
        if (seed != null) {
            if (!Files.isReadable(seed)) {
                throw new InvalidInputException("--seed: cannot read " + seed);
            }
            b.seed(seed);
        }
        if ((clientId == null) != (clientSecret == null)) {
            throw new InvalidInputException("--client-id and --client-secret go together");
        }
        if (clientId != null) {
            try {
                b.clientCredentials(clientId, clientSecret);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--client-id/--client-secret: " + e.getMessage());
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (RosterSandbox sandbox = b.build().start()) {
            // SIGTERM or Ctrl-C: the hook itself closes the server (the JVM may halt before this thread resumes)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                sandbox.close();
                stopped.countDown();
            }, "roster-sandbox-stop"));
            String base = sandbox.baseUrl().toString();
            ctx.out().println(base);
            ctx.out().println("Roster sandbox listening on " + base + " (Ctrl-C to stop; GET " + base + "/health)");
            ctx.out().println("  BIM 360 account " + SandboxSeed.BIM360_ACCOUNT_ID + ", user " + SandboxSeed.BIM360_USER_ID);
            ctx.out().println("  ACC project     " + SandboxSeed.ACC_PROJECT_ID);
            ctx.out().println("  Procore company " + SandboxSeed.PROCORE_COMPANY_ID + ", user " + SandboxSeed.PROCORE_USER_ID);
            ctx.out().println("Try: ./roster bim360 update-user --base-url " + base + " --token t --account "
                    + SandboxSeed.BIM360_ACCOUNT_ID + " --user " + SandboxSeed.BIM360_USER_ID + " --status inactive");
            ctx.out().flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ExitCodes.OK;
    }
}
