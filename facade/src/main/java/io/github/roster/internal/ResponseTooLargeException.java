package io.github.roster.internal;

import java.io.IOException;

/** A response body longer than {@code HttpOptions.maxResponseBytes()}: reading stopped there. */
final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long limit) {
        super("the response body is longer than the limit of " + limit + " bytes");
    }
}
