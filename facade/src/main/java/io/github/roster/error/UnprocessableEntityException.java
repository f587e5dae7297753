package io.github.roster.error;

/**
 * 422 Unprocessable Entity: the vendor refused the values (see fieldErrors()).
 */
public final class UnprocessableEntityException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public UnprocessableEntityException(ErrorResponse response) {
        super(response);
    }
}
