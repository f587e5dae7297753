package io.github.roster.internal;

import io.github.roster.http.IoFailureKind;
import io.github.roster.http.RetryPolicy;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders what a {@link RetryPolicy} retries as the Markdown table of {@code docs/retries.md}, so the table is
 * written once, by the policy's data; a test checks the page against {@link RetryPolicy#defaults()}.
 */
public final class RetryTable {

    private static final String RETRIED = "retried";
    private static final String NOT_RETRIED = "**not retried** (may have been processed)";

    private RetryTable() {
    }

    /**
     * The table.
     *
     * @param policy the policy
     * @return Markdown, one line per row, ending with a newline
     */
    public static String markdown(RetryPolicy policy) {
        StringBuilder md = new StringBuilder()
                .append("| outcome | idempotent (PATCH, PUT, GET, DELETE) | not idempotent (POST, e.g. users:import)")
                .append(" | wait before the next attempt |\n")
                .append("| --- | --- | --- | --- |\n");
        Set<Integer> statuses = new TreeSet<>(policy.retryableStatuses(true));
        statuses.addAll(policy.retryableStatuses(false));
        for (int status : statuses) {
            row(md, (status + " " + reason(status)).trim(), policy.retries(status, true), policy.retries(status, false),
                    status == 429
                            ? "`Retry-After` (seconds or HTTP date), else `X-Rate-Limit-Reset` (Unix seconds), else backoff"
                            : "`Retry-After`, else backoff");
        }
        row(md, "I/O failure before sending: connection refused, connect timeout, unknown host",
                policy.retries(IoFailureKind.NOT_SENT, true), policy.retries(IoFailureKind.NOT_SENT, false), "backoff");
        row(md, "I/O failure after sending: connection reset, read timeout, empty response",
                policy.retries(IoFailureKind.MAY_HAVE_BEEN_PROCESSED, true),
                policy.retries(IoFailureKind.MAY_HAVE_BEEN_PROCESSED, false), "backoff");
        md.append("| 401 Unauthorized | once, with a new token | once, with a new token | none |\n");
        String tokenStatuses = policy.retryableTokenStatuses().stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        md.append("| token request failed: I/O").append(tokenStatuses.isEmpty() ? "" : ", or " + tokenStatuses
                        + " from the token endpoint")
                .append(" | retried | retried (nothing was sent to the API) | the token endpoint's `Retry-After`,")
                .append(" else backoff |\n");
        md.append("| any other status (e.g. 500, other 4xx and 5xx) | not retried | not retried | - |\n");
        md.append("| 2xx whose body cannot be read (malformed JSON) | not retried | not retried;")
                .append(" an import request counts as **accepted** without a job id | - |\n");
        md.append("| token refused (wrong id/secret, bad scope) | not retried | not retried | - |\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String outcome, boolean idempotent, boolean other, String wait) {
        md.append("| ").append(outcome).append(" | ").append(idempotent ? RETRIED : NOT_RETRIED).append(" | ")
                .append(other ? RETRIED : NOT_RETRIED).append(" | ")
                .append(idempotent || other ? wait : "-").append(" |\n");
    }

    private static String reason(int status) {
        return switch (status) {
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 425 -> "Too Early";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
