package io.github.roster.sandbox;

import java.nio.file.Path;

/**
 * The command line of {@link RosterSandbox#main}.
 *
 * @param port the port, 0 for a free one
 * @param rateLimitPerMinute requests per minute per rate-limit group, 0 for none
 * @param vendorRateLimits whether the vendors' real limits apply ({@code --rate-limit vendor})
 * @param token the only accepted bearer token, or {@code null} for any
 * @param faultRate the share of 503 answers
 * @param seedFile the JSON seed file, or {@code null} for the default seed
 * @param help whether only the usage was asked for
 */
record SandboxArguments(int port, int rateLimitPerMinute, boolean vendorRateLimits, String token, double faultRate,
        Path seedFile, boolean help) {

    static final String USAGE =
            "usage: roster-sandbox [--port N] [--rate-limit N|vendor] [--token T] [--fault-rate X] [--seed FILE]";

    static SandboxArguments parse(String... args) {
        int port = 0;
        int rateLimit = 0;
        boolean vendorLimits = false;
        String token = null;
        double faultRate = 0.0;
        Path seedFile = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new SandboxArguments(port, rateLimit, vendorLimits, token, faultRate, seedFile, true);
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
                case "--seed" -> seedFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new SandboxArguments(port, rateLimit, vendorLimits, token, faultRate, seedFile, false);
    }

    RosterSandbox.Builder configure(RosterSandbox.Builder builder) {
        builder.port(port).rateLimitPerMinute(rateLimitPerMinute).token(token).faultRate(faultRate);
        if (seedFile != null) {
            builder.seed(seedFile);
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
