package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response the sandbox answers with: a status, extra headers and a JSON body (or none, for 204).
 *
 * @param status the HTTP status
 * @param headers extra response headers (Content-Type is JSON whenever there is a body)
 * @param body the JSON body, or {@code null} for no body
 */
record SandboxResponse(int status, Map<String, String> headers, JsonNode body) {

    SandboxResponse {
        headers = Map.copyOf(headers);
    }

    static SandboxResponse json(int status, JsonNode body) {
        return new SandboxResponse(status, Map.of(), body);
    }

    /** 204 No Content: no body at all. */
    static SandboxResponse noContent() {
        return new SandboxResponse(204, Map.of(), null);
    }

    SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, copy, body);
    }
}
