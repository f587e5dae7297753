package io.github.roster.error;

/**
 * 415 Unsupported Media Type.
 */
public final class UnsupportedMediaTypeException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public UnsupportedMediaTypeException(ErrorResponse response) {
        super(response);
    }
}
