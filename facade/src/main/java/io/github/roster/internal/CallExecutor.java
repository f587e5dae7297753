package io.github.roster.internal;

import com.fasterxml.jackson.core.JacksonException;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.github.roster.auth.TokenProvider;
import io.github.roster.error.ApiException;
import io.github.roster.error.RosterException;
import io.github.roster.error.TokenRequestException;
import io.github.roster.error.TransportException;
import io.github.roster.error.UnauthorizedException;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.IoFailureKind;
import io.github.roster.http.Response;
import io.github.roster.http.RetryPolicy;
import io.github.roster.http.Sleeper;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The pipeline every call takes, JSON or multipart: pace -> token -> attempt (send through a generated Feign
 * API, decode, map errors) -> retry decision (from {@link RetryPolicy} alone) -> one log line per attempt.
 * The token an attempt uses is handed to the attempt; nothing travels in a thread-local. Thread-safe; one per
 * client.
 */
public final class CallExecutor {


    /**
     * One attempt: sends the request with the given token through a generated Feign API bound to it.
     *
     * @param <T> the body type
     */
    @FunctionalInterface
    public interface Attempt<T> {
        /**
         * Sends the request once.
         *
         * @param bearerToken the token to authenticate this attempt with
         * @return the answer
         */
        Exchange<T> send(String bearerToken);
    }

    /**
     * A successful answer.
     *
     * @param status the HTTP status
     * @param headers the response headers as received
     * @param body the decoded body
     * @param <T> the body type
     */
    public record Exchange<T>(int status, Map<String, ? extends Collection<String>> headers, T body) {

        /**
         * The answer as callers see it, with allow-listed headers only.
         *
         * @return the response
         */
        public Response<T> toResponse() {
            return new Response<>(status, SafeHeaders.of(headers), body);
        }
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final SharedPacers pacers;
    private final TokenProvider tokens;
    private final DoubleSupplier random;

    /**
     * Creates an executor.
     *
     * @param options the client's HTTP options
     * @param tokens the client's token provider
     */
    public CallExecutor(HttpOptions options, TokenProvider tokens) {
        this(options, tokens, () -> ThreadLocalRandom.current().nextDouble());
    }

    CallExecutor(HttpOptions options, TokenProvider tokens, DoubleSupplier random) {
        this.policy = options.retryPolicy();
        this.sleeper = options.sleeper();
        this.pacers = new SharedPacers(options.pacing(), tokens, options.sleeper(), options.clock());
        this.tokens = tokens;
        this.random = random;
    }

    /**
     * Runs the call.
     *
     * @param op the operation
     * @param attempt sends the request once
     * @param <T> the body type
     * @return the answer of the first successful attempt
     * @throws RosterException the last failure when retrying is not allowed or has run out
     */
    public <T> Exchange<T> execute(Operation op, Attempt<T> attempt) {
        Duration waited = Duration.ZERO;
        UnauthorizedException refusal = null;
        String refusedToken = null;
        for (int n = 1; ; n++) {
            pace(op);
            String token;
            long start = System.nanoTime();
            try {
                token = tokens.token();
                if (token.equals(refusedToken)) {
                    // a fixed token (or one the provider could not renew): sending it again brings the same 401
                    AttemptLog.sameTokenRefused(op, n, start);
                    throw refusal;
                }
            } catch (TokenRequestException | TransportException e) {
                // nothing was sent to the vendor: any operation may try again, under the same limits
                Duration wait = waitBeforeTokenRetry(e, n);
                String outcome = "no token (" + e.getMessage() + ")";
                if (!mayWait(wait, n, waited)) {
                    AttemptLog.givingUp(op, outcome, n, start, wait);
                    throw e;
                }
                AttemptLog.retrying(op, outcome, n, start, wait, e, policy.maxAttempts());
                sleep(wait);
                waited = waited.plus(wait);
                continue;
            }
            start = System.nanoTime();
            RosterException failure;
            String outcome;
            try {
                Exchange<T> ok = send(op, attempt, token);
                AttemptLog.answered(op, ok.status(), n, start);
                return ok;
            } catch (ApiException e) {
                outcome = String.valueOf(e.status());
                failure = e;
            } catch (TransportException e) {
                outcome = AttemptLog.outcome(e);
                failure = e;
            }
            if (failure instanceof UnauthorizedException) {
                // drop the refused token even when this call cannot be repeated: the next call gets a fresh one
                tokens.invalidate(token);
                if (refusal == null && op.repeatable()) {
                    refusal = (UnauthorizedException) failure;
                    refusedToken = token;
                    AttemptLog.ended(op, outcome, n, start, "retry at once with a new token");
                    continue;
                }
            }
            Duration wait = op.repeatable() ? waitBeforeRetry(op, failure, n) : null;
            if (!mayWait(wait, n, waited)) {
                AttemptLog.givingUp(op, outcome, n, start, wait);
                throw failure;
            }
            AttemptLog.retrying(op, outcome, n, start, wait, failure, policy.maxAttempts());
            sleep(wait);
            waited = waited.plus(wait);
        }
    }

    /**
     * One attempt; Feign's failures become Roster's: an error status was already mapped by the error decoder,
     * an I/O failure is classified by whether the request may have been sent, an unreadable answer is marked so.
     */
    private static <T> Exchange<T> send(Operation op, Attempt<T> attempt, String token) {
        try {
            return attempt.send(token);
        } catch (RosterException e) {
            throw e;
        } catch (RetryableException e) {
            throw IoFailures.classify(op.label(), e);
        } catch (FeignException e) {
            throw readFailure(op.label(), e);
        }
    }

    /**
     * A failure after the status line arrived: malformed JSON in a success answer (processed, not worth
     * sending again), or an I/O failure while the body was streaming in (a timeout, a reset), which is an
     * ordinary transport failure.
     */
    static TransportException readFailure(String label, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLargeException) {
                // asking again brings the same answer
                return TransportException.unreadableResponse(label + ": " + t.getMessage(), failure);
            }
            if (t instanceof AttemptTimeoutException) {
                return IoFailures.classify(label, t);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException || t instanceof DecodeException) {
                return TransportException.unreadableResponse(label + ": the response could not be read ("
                        + t.getClass().getSimpleName() + ")", failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return IoFailures.classify(label, t);
            }
        }
        return TransportException.unreadableResponse(label + ": the response could not be read ("
                + failure.getClass().getSimpleName() + ")", failure);
    }

    /** Whether another attempt may follow after {@code wait}: attempts left and the wait within the budget. */
    private boolean mayWait(Duration wait, int attempt, Duration waited) {
        return wait != null && attempt < policy.maxAttempts()
                && waited.plus(wait).compareTo(policy.maxTotalWait()) <= 0;
    }

    /**
     * The wait before trying again after the token request failed, or null when it must not be retried: a
     * refusal (wrong secret, bad scope) or an unreadable token answer will not change by asking again.
     */
    private Duration waitBeforeTokenRetry(RosterException failure, int attempt) {
        if (failure instanceof TokenRequestException refused) {
            return policy.retryableTokenStatuses().contains(refused.status())
                    ? refused.retryAfter().orElseGet(() -> backoff(attempt)) : null;
        }
        if (failure instanceof TransportException t && !t.responseUnreadable()) {
            return backoff(attempt);
        }
        return null;
    }

    /** The wait before the next attempt, or null when the policy does not retry this failure. */
    private Duration waitBeforeRetry(Operation op, RosterException failure, int attempt) {
        if (failure instanceof ApiException api) {
            return policy.retries(api.status(), op.idempotent())
                    ? api.retryAfter().orElseGet(() -> backoff(attempt)) : null;
        }
        if (failure instanceof TransportException t && !t.responseUnreadable()) {
            // an unreadable 2xx was processed: asking again cannot help
            IoFailureKind kind = t.requestMayHaveBeenProcessed()
                    ? IoFailureKind.MAY_HAVE_BEEN_PROCESSED : IoFailureKind.NOT_SENT;
            return policy.retries(kind, op.idempotent()) ? backoff(attempt) : null;
        }
        return null;
    }

    private Duration backoff(int attempt) {
        long ceiling = policy.backoffCeiling(attempt).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }

    private void pace(Operation op) {
        try {
            pacers.acquire(op.rateLimitGroup());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while pacing requests", false, e);
        }
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting to retry", false, e);
        }
    }
}
