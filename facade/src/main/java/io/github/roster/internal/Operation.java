package io.github.roster.internal;

import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * One vendor operation as the pipeline sees it: a label for logs, whether sending it twice is safe, and the
 * rate-limit group it counts against. The
 * URL, headers and body are rendered by the generated Feign API; nothing here builds a request.
 *
 * @param label method and path template, e.g. {@code PATCH /hq/v1/accounts/{accountId}/users/{userId}}
 * @param idempotent whether the operation may be sent again after it may have been processed
 * @param repeatable whether the request body can be sent more than once (false for a streamed upload)
 * @param rateLimitGroup the vendor budget the request counts against
 */
public record Operation(String label, boolean idempotent, boolean repeatable, RateLimitGroup rateLimitGroup) {

    /**
     * This operation with a body that can be sent once only: it is never retried.
     *
     * @return a copy that is not repeatable
     */
    public Operation sentOnce() {
        return new Operation(label, idempotent, false, rateLimitGroup);
    }

    /**
     * The operation behind a generated Feign method, labelled from its {@code @RequestLine}, so the label
     * always matches the spec the client was generated from.
     *
     * @param api the generated API interface
     * @param methodName the generated method
     * @return the operation; PATCH, PUT, GET, DELETE count as idempotent, POST does not; the group comes from
     *     the method and path
     */
    public static Operation of(Class<?> api, String methodName) {
        Method m = Arrays.stream(api.getMethods())
                .filter(x -> x.getName().equals(methodName) && x.isAnnotationPresent(RequestLine.class))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(api.getName() + " has no operation " + methodName));
        String line = m.getAnnotation(RequestLine.class).value();
        int query = line.indexOf('?');
        String label = query < 0 ? line : line.substring(0, query);
        int space = label.indexOf(' ');
        String method = label.substring(0, space);
        return new Operation(label, !method.equals("POST"), true,
                RateLimitGroup.of(method, label.substring(space + 1)));
    }
}
