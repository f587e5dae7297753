package io.github.roster.error;

/**
 * The OAuth token endpoint refused to issue a token: wrong client id or secret, a scope the app may not
 * have, or the endpoint's own rate limit. Carries the token endpoint's status, the vendor's error code and
 * message ({@code errorCode}/{@code developerMessage} for Autodesk, {@code error}/{@code error_description}
 * for Procore) and its raw body.
 *
 * <p>Never carries the client secret: the request is not part of the exception, and should the endpoint
 * echo the secret in its body, it is replaced by {@code [redacted]} before the body is kept or parsed.
 */
public final class TokenRequestException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param response what the token endpoint answered, with secrets already removed
     */
    public TokenRequestException(ErrorResponse response) {
        super(response);
    }
}
