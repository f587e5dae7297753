package io.github.roster.error;

/**
 * 403 Forbidden: the caller may not do this.
 */
public final class ForbiddenException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public ForbiddenException(ErrorResponse response) {
        super(response);
    }
}
