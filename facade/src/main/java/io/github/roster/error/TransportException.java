package io.github.roster.error;

/**
 * No usable answer came back: the connection failed, timed out, was reset, or the body could not be read.
 *
 * <p>{@link #requestMayHaveBeenProcessed()} says whether the vendor may have received and acted on the
 * request: false only when the connection failed before the request was sent.
 */
public final class TransportException extends RosterException {

    private static final long serialVersionUID = 1L;

    private final boolean requestMayHaveBeenProcessed;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param requestMayHaveBeenProcessed false only when the request was certainly not sent
     * @param cause the underlying I/O failure
     */
    public TransportException(String message, boolean requestMayHaveBeenProcessed, Throwable cause) {
        super(message, cause);
        this.requestMayHaveBeenProcessed = requestMayHaveBeenProcessed;
    }

    /**
     * Whether the vendor may have received the request. A non-idempotent request (ACC users:import) is
     * retried only when this is false.
     *
     * @return false when the request was certainly not sent
     */
    public boolean requestMayHaveBeenProcessed() {
        return requestMayHaveBeenProcessed;
    }
}
