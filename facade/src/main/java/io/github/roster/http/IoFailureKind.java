package io.github.roster.http;

/**
 * What an I/O failure says about whether the vendor may have received the request; {@link RetryPolicy} decides
 * per kind and per idempotency whether to send again.
 */
public enum IoFailureKind {
    /** The connection failed before anything was sent: connection refused, connect timeout, unknown host. */
    NOT_SENT,
    /** The request may have arrived and been processed: connection reset, read timeout, empty response. */
    MAY_HAVE_BEEN_PROCESSED
}
