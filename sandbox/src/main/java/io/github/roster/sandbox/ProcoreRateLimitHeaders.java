package io.github.roster.sandbox;

/** Procore's rate-limit headers, carried by every Procore response. */
final class ProcoreRateLimitHeaders {

    static final String LIMIT = "X-Rate-Limit-Limit";
    static final String REMAINING = "X-Rate-Limit-Remaining";
    static final String RESET = "X-Rate-Limit-Reset";

    private ProcoreRateLimitHeaders() {
    }

    static SandboxResponse add(SandboxResponse response, RateLimitDecision decision) {
        return response
                .withHeader(LIMIT, Long.toString(decision.limit()))
                .withHeader(REMAINING, Long.toString(decision.remaining()))
                .withHeader(RESET, Long.toString(decision.resetEpochSecond()));
    }
}
