package io.github.roster.error;

/**
 * 400 Bad Request: the vendor could not understand the request.
 */
public final class BadRequestException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public BadRequestException(ErrorResponse response) {
        super(response);
    }
}
