package io.github.roster.error;

/**
 * 429 Too Many Requests, after every retry allowed: retryAfter() is the server's last wait hint.
 */
public final class RateLimitedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the vendor answered
     */
    public RateLimitedException(ErrorResponse response) {
        super(response);
    }
}
