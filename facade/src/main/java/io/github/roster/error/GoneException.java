package io.github.roster.error;

/**
 * 410 Gone: the resource is no longer available.
 */
public final class GoneException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public GoneException(ErrorResponse response) {
        super(response);
    }
}
