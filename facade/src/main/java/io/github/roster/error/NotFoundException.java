package io.github.roster.error;

/**
 * 404 Not Found: the account, project, company or user does not exist (or Procore's company header is missing).
 */
public final class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public NotFoundException(ErrorResponse response) {
        super(response);
    }
}
