package io.github.roster.cli;

import io.github.roster.error.ApiException;
import io.github.roster.error.RateLimitedException;
import io.github.roster.error.ServerErrorException;
import io.github.roster.error.TransportException;
import io.github.roster.error.ValidationException;

/**
 * The exit codes of {@code roster}, documented in its help. Besides these, a run stopped by a signal exits as
 * the JVM does: {@value #INTERRUPTED} after SIGINT (Ctrl-C) and {@value #TERMINATED} after SIGTERM; an import
 * stopped so finishes its request in flight, writes its report and resumes on the next run.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Something unexpected (a bug): the message says what. */
    public static final int UNEXPECTED = 1;
    /** Invalid input (usage or validation): each bad field is named and nothing was sent. */
    public static final int INVALID_INPUT = 2;
    /** Refused by the API: a 4xx answer after any retries. */
    public static final int REFUSED = 3;
    /** Not completed: rate limit, 5xx or network failure after retries. */
    public static final int NOT_COMPLETED = 4;
    /** Refused by a sync safety rule (deactivation caps, a truncated HR feed): the message says which and why. */
    public static final int REFUSED_BY_SAFETY = 5;

    /** Stopped by SIGINT (Ctrl-C): 128 + 2, set by the JVM. */
    public static final int INTERRUPTED = 130;
    /** Stopped by SIGTERM: 128 + 15, set by the JVM. */
    public static final int TERMINATED = 143;

    private ExitCodes() {
    }

    /**
     * The exit code for a failure.
     *
     * @param failure what went wrong
     * @return the code
     */
    public static int of(Throwable failure) {
        if (failure instanceof ValidationException || failure instanceof InvalidInputException) {
            return INVALID_INPUT;
        }
        if (failure instanceof RateLimitedException || failure instanceof ServerErrorException
                || failure instanceof TransportException) {
            return NOT_COMPLETED;
        }
        if (failure instanceof ApiException) {
            return REFUSED;
        }
        return UNEXPECTED;
    }
}
