package io.github.roster.error;

/**
 * 5xx: the vendor failed, after every retry allowed.
 */
public final class ServerErrorException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public ServerErrorException(ErrorResponse response) {
        super(response);
    }
}
