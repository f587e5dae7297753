package io.github.roster.error;

/**
 * 412 Precondition Failed.
 */
public final class PreconditionFailedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public PreconditionFailedException(ErrorResponse response) {
        super(response);
    }
}
