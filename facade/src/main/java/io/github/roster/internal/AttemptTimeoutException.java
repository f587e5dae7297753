package io.github.roster.internal;

import java.io.InterruptedIOException;
import java.time.Duration;

/** An attempt ran past its overall deadline ({@code HttpOptions.attemptTimeout()}) and was abandoned. */
final class AttemptTimeoutException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    AttemptTimeoutException(Duration deadline) {
        super("no complete answer within the attempt timeout of " + deadline.toMillis() + " ms");
    }
}
