package io.github.roster.internal;

import io.github.roster.error.RateLimitedException;
import io.github.roster.error.RosterException;
import io.github.roster.error.TransportException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines {@link CallExecutor} logs about its attempts, and only their text: one line per attempt at DEBUG
 * (method and path template, no ids; outcome; attempt number; latency; what happens next), e.g.
 * {@code PATCH /hq/v1/accounts/{accountId}/users/{userId} -> 429 (attempt 1, 35 ms), retry in 25000 ms}, and the
 * one line a user sees at the default level while a rate limit holds a call back.
 */
final class AttemptLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.roster.http");

    private AttemptLog() {
    }

    /** An attempt that got an answer the caller takes. */
    static void answered(Operation op, int status, int attempt, long startNanos) {
        line(op, String.valueOf(status), attempt, startNanos, null);
    }

    /** An attempt that ends the call with its failure: not retried ({@code wait} null), or out of attempts or time. */
    static void givingUp(Operation op, String outcome, int attempt, long startNanos, Duration wait) {
        line(op, outcome, attempt, startNanos, wait == null ? "not retried" : "giving up");
    }

    /**
     * The token provider handed out the token the vendor just refused: the call ends with that 401, logged as the
     * outcome of the attempt before {@code attempt}, which sent nothing.
     */
    static void sameTokenRefused(Operation op, int attempt, long startNanos) {
        line(op, "401", attempt - 1, startNanos, "not retried: the token provider has no other token");
    }

    /** An attempt that ends the call for the reason given. */
    static void ended(Operation op, String outcome, int attempt, long startNanos, String why) {
        line(op, outcome, attempt, startNanos, why);
    }

    /** An attempt that another follows after {@code wait}; a rate limit also gets the line users see by default. */
    static void retrying(Operation op, String outcome, int attempt, long startNanos, Duration wait,
                         RosterException failure, int maxAttempts) {
        line(op, outcome, attempt, startNanos, "retry in " + wait.toMillis() + " ms");
        if (failure instanceof RateLimitedException) {
            LOG.info("rate limited by {}, waiting {} s, attempt {}/{}", switch (op.rateLimitGroup()) {
                case AUTODESK_HQ -> "BIM 360";
                case AUTODESK_ADMIN_READ, AUTODESK_ADMIN_WRITE -> "ACC";
                case PROCORE -> "Procore";
                case OTHER -> "the server";
            }, (wait.toMillis() + 999) / 1000, attempt + 1, maxAttempts);
        }
    }

    /** What an I/O failure is called in the attempt line: its root cause. */
    static String outcome(TransportException e) {
        if (e.responseUnreadable()) {
            return "unreadable answer";
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "I/O failure (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }

    private static void line(Operation op, String outcome, int attempt, long startNanos, String next) {
        if (LOG.isDebugEnabled()) {
            long ms = (System.nanoTime() - startNanos) / 1_000_000;
            if (next == null) {
                LOG.debug("{} -> {} (attempt {}, {} ms)", op.label(), outcome, attempt, ms);
            } else {
                LOG.debug("{} -> {} (attempt {}, {} ms), {}", op.label(), outcome, attempt, ms, next);
            }
        }
    }
}
