package io.github.roster.error;

/**
 * 401 Unauthorized: the token is missing, invalid or expired (after one refresh).
 */
public final class UnauthorizedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public UnauthorizedException(ErrorResponse response) {
        super(response);
    }
}
