package io.github.roster.error;

/**
 * 409 Conflict: the resource's current state forbids the change (e.g. the status of a pending user).
 */
public final class ConflictException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public ConflictException(ErrorResponse response) {
        super(response);
    }
}
