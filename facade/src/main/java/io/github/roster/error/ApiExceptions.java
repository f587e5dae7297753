package io.github.roster.error;

/**
 * Chooses the {@link ApiException} subtype for an error status.
 */
public final class ApiExceptions {

    private ApiExceptions() {
    }

    /**
     * The exception for a vendor's error answer.
     *
     * @param r the answer
     * @return the subtype matching its status, or a plain {@link ApiException}
     */
    public static ApiException from(ErrorResponse r) {
        int s = r.status();
        if (s >= 500) {
            return new ServerErrorException(r);
        }
        return switch (s) {
            case 400 -> new BadRequestException(r);
            case 401 -> new UnauthorizedException(r);
            case 403 -> new ForbiddenException(r);
            case 404 -> new NotFoundException(r);
            case 409 -> new ConflictException(r);
            case 410 -> new GoneException(r);
            case 412 -> new PreconditionFailedException(r);
            case 415 -> new UnsupportedMediaTypeException(r);
            case 422 -> new UnprocessableEntityException(r);
            case 429 -> new RateLimitedException(r);
            default -> new ApiException(r);
        };
    }
}
