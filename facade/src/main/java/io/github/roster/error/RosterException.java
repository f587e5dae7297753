package io.github.roster.error;

/**
 * The root of every exception Roster throws. Unchecked: catch it where you can act on it.
 *
 * <p>Subtypes: {@link ValidationException} (nothing was sent), {@link ApiException} and its subtypes
 * (the vendor answered with an error status), {@link TransportException} (no usable answer).
 * Messages never contain credentials or tokens.
 */
public class RosterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong
     * @param cause the underlying cause, or null
     */
    public RosterException(String message, Throwable cause) {
        super(message, cause);
    }
}
