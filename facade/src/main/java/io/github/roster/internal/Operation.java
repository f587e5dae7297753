package io.github.roster.internal;

import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * One vendor operation as the retry logic sees it: a label for logs and whether sending it twice is safe.
 *
 * @param label method and path template, e.g. {@code PATCH /hq/v1/accounts/{accountId}/users/{userId}}
 * @param idempotent whether the operation may be sent again after it may have been processed
 * @param repeatable whether the request body can be sent more than once (false for a streamed upload)
 * @param requestLine the generated {@code @RequestLine}, query template included
 * @param headers the generated {@code @Headers} templates, e.g. {@code Procore-Company-Id: {procoreCompanyId}}
 */
public record Operation(String label, boolean idempotent, boolean repeatable, String requestLine,
                        java.util.List<String> headers) {

    /**
     * This operation with a body that can be sent once only: it is never retried.
     *
     * @return a copy that is not repeatable
     */
    public Operation sentOnce() {
        return new Operation(label, idempotent, false, requestLine, headers);
    }

    /**
     * The path and query of the request line with its {@code {name}} placeholders filled; query parameters
     * whose value is null are left out, as Feign does.
     *
     * @param values placeholder values
     * @return e.g. {@code /rest/v1.3/companies/8089/users/42?run_configurable_validations=true}
     */
    public String expand(java.util.Map<String, Object> values) {
        String target = requestLine.substring(requestLine.indexOf(' ') + 1);
        int q = target.indexOf('?');
        StringBuilder sb = new StringBuilder(fill(q < 0 ? target : target.substring(0, q), values));
        if (q >= 0) {
            String sep = "?";
            for (String pair : target.substring(q + 1).split("&")) {
                String filled = fill(pair, values);
                if (!filled.contains("{")) {
                    sb.append(sep).append(filled);
                    sep = "&";
                }
            }
        }
        return sb.toString();
    }

    /**
     * The name of the generated header whose value is the placeholder {@code {param}}.
     *
     * @param param e.g. {@code procoreCompanyId}
     * @return e.g. {@code Procore-Company-Id}
     */
    public String headerFor(String param) {
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(colon + 1).trim().equals("{" + param + "}")) {
                return h.substring(0, colon).trim();
            }
        }
        throw new IllegalArgumentException(label + " has no header for {" + param + "}");
    }

    private static String fill(String template, java.util.Map<String, Object> values) {
        String out = template;
        for (var e : values.entrySet()) {
            if (e.getValue() != null) {
                out = out.replace("{" + e.getKey() + "}", java.net.URLEncoder.encode(
                        String.valueOf(e.getValue()), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /**
     * The operation behind a generated Feign method, labelled from its {@code @RequestLine}, so the label
     * always matches the spec the client was generated from.
     *
     * @param api the generated API interface
     * @param methodName the generated method
     * @return the operation; PATCH, PUT, GET, DELETE count as idempotent, POST does not
     */
    public static Operation of(Class<?> api, String methodName) {
        Method m = Arrays.stream(api.getMethods())
                .filter(x -> x.getName().equals(methodName) && x.isAnnotationPresent(RequestLine.class))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(api.getName() + " has no operation " + methodName));
        String line = m.getAnnotation(RequestLine.class).value();
        int query = line.indexOf('?');
        String label = query < 0 ? line : line.substring(0, query);
        boolean idempotent = !label.startsWith("POST ");
        feign.Headers headers = m.getAnnotation(feign.Headers.class);
        return new Operation(label, idempotent, true, line,
                headers == null ? java.util.List.of() : java.util.List.of(headers.value()));
    }
}
