package io.github.roster.error;

/**
 * No usable answer came back: the connection failed, timed out, was reset, or the body could not be read.
 *
 * <p>{@link #requestMayHaveBeenProcessed()} says whether the vendor may have received and acted on the
 * request: false only when the connection failed before the request was sent.
 * {@link #responseUnreadable()} says the vendor did answer with a success status, but its body could not
 * be read (malformed JSON): the request was processed, and sending it again would not help.
 */
public final class TransportException extends RosterException {

    private static final long serialVersionUID = 1L;

    /** False only when the request was certainly not sent. */
    private final boolean requestMayHaveBeenProcessed;
    /** True when an answer came but could not be read. */
    private final boolean responseUnreadable;

    /**
     * Creates the exception for a failure to get an answer (connect, reset, timeout, empty response).
     *
     * @param message what failed
     * @param requestMayHaveBeenProcessed false only when the request was certainly not sent
     * @param cause the underlying I/O failure
     */
    public TransportException(String message, boolean requestMayHaveBeenProcessed, Throwable cause) {
        this(message, requestMayHaveBeenProcessed, false, cause);
    }

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param requestMayHaveBeenProcessed false only when the request was certainly not sent
     * @param responseUnreadable true when a success answer arrived whose body could not be read
     * @param cause the underlying failure
     */
    public TransportException(String message, boolean requestMayHaveBeenProcessed, boolean responseUnreadable,
                              Throwable cause) {
        super(message, cause);
        this.requestMayHaveBeenProcessed = requestMayHaveBeenProcessed || responseUnreadable;
        this.responseUnreadable = responseUnreadable;
    }

    /**
     * A success answer arrived but its body could not be read (e.g. malformed JSON): the vendor processed
     * the request. Such a failure is never retried.
     *
     * @param message what failed
     * @param cause the parse failure
     * @return the exception
     */
    public static TransportException unreadableResponse(String message, Throwable cause) {
        return new TransportException(message, true, true, cause);
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

    /**
     * Whether the vendor answered with a success status whose body could not be read. The request was
     * processed; {@link #requestMayHaveBeenProcessed()} is true as well.
     *
     * @return true for an unreadable success answer, false for a failure to get an answer at all
     */
    public boolean responseUnreadable() {
        return responseUnreadable;
    }
}
