package io.github.roster.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link RosterSandbox#main}.
 *
 * @param port the port, 0 for a free one
 * @param rateLimitPerMinute requests per minute per rate-limit group, 0 for none
 * @param vendorRateLimits whether the vendors' real limits apply ({@code --rate-limit vendor})
 * @param token the only accepted bearer token, or {@code null} for any
 * @param faultRate the share of requests that get a fault
 * @param faults the faults drawn ({@code --fault}, comma-separated or repeated; 503s when none is named)
 * @param seedFile the JSON seed file, or {@code null} for the default seed
 * @param clientId the only client id the token endpoints accept, or {@code null} for any
 * @param clientSecret the only client secret the token endpoints accept, or {@code null} for any
 * @param help whether only the usage was asked for
 */
record SandboxArguments(int port, int rateLimitPerMinute, boolean vendorRateLimits, String token, double faultRate,
        List<SandboxFault> faults, Path seedFile, String clientId, String clientSecret, boolean help) {

    static final String USAGE = "usage: roster-sandbox [--port N] [--rate-limit N|vendor] [--token T]"
            + " [--fault-rate X [--fault unavailable|too-many-requests|drop-after-processing,...]] [--seed FILE] [--client-id ID --client-secret SECRET]\n"
            + "Prints its base URL, http://127.0.0.1:<port>, as the first line (--port 0 picks a free port);"
            + " GET /health answers 200; SIGTERM stops it cleanly.";

    static SandboxArguments parse(String... args) {
        int port = 0;
        int rateLimit = 0;
        boolean vendorLimits = false;
        String token = null;
        double faultRate = 0.0;
        List<SandboxFault> faults = new ArrayList<>();
        Path seedFile = null;
        String clientId = null;
        String clientSecret = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new SandboxArguments(port, rateLimit, vendorLimits, token, faultRate, List.copyOf(faults),
                        seedFile, clientId, clientSecret, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = integer(option, value);
                case "--rate-limit" -> {
                    vendorLimits = value.equals("vendor");
                    rateLimit = vendorLimits ? 0 : integer(option, value);
                }
                case "--token" -> token = value;
                case "--fault-rate" -> faultRate = decimal(option, value);
                case "--fault" -> {
                    for (String name : value.split(",")) {
                        faults.add(SandboxFault.fromKey(name));
                    }
                }
                case "--seed" -> seedFile = Path.of(value);
                case "--client-id" -> clientId = value;
                case "--client-secret" -> clientSecret = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if ((clientId == null) != (clientSecret == null)) {
            throw new IllegalArgumentException("--client-id and --client-secret go together");
        }
        if (!faults.isEmpty() && faultRate == 0.0) {
            throw new IllegalArgumentException("--fault needs --fault-rate above 0 (the share of requests that get one)");
        }
        return new SandboxArguments(port, rateLimit, vendorLimits, token, faultRate, List.copyOf(faults), seedFile,
                clientId, clientSecret, false);
    }

    RosterSandbox.Builder configure(RosterSandbox.Builder builder) {
        builder.port(port).rateLimitPerMinute(rateLimitPerMinute).token(token).faultRate(faultRate);
        if (!faults.isEmpty()) {
            builder.faults(faults.toArray(SandboxFault[]::new));
        }
        if (seedFile != null) {
            builder.seed(seedFile);
        }
        if (clientId != null) {
            builder.clientCredentials(clientId, clientSecret);
        }
        return vendorRateLimits ? builder.vendorRateLimits() : builder;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer, was " + value, e);
        }
    }

    private static double decimal(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was " + value, e);
        }
    }
}
