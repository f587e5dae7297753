package io.github.roster.sandbox;

/**
 * The rate limiter's answer for one request.
 *
 * @param allowed whether the request may proceed
 * @param limit requests allowed in the window
 * @param remaining requests left in the window after this one
 * @param resetEpochSecond when the window resets, in Unix seconds
 * @param retryAfterSeconds seconds until the window resets (at least 1)
 */
record RateLimitDecision(boolean allowed, long limit, long remaining, long resetEpochSecond, long retryAfterSeconds) {
}
