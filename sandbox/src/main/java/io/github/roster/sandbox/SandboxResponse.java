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
 * @param dropConnection whether the connection is closed instead of answering (an injected fault: the request
 *     was processed, its answer is lost)
 */
record SandboxResponse(int status, Map<String, String> headers, JsonNode body, boolean dropConnection) {

    SandboxResponse {
        headers = Map.copyOf(headers);
    }

    SandboxResponse(int status, Map<String, String> headers, JsonNode body) {
        this(status, headers, body, false);
    }

    /** This response never sent: the connection is closed instead. */
    SandboxResponse droppingTheConnection() {
        return new SandboxResponse(status, headers, body, true);
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
        return new SandboxResponse(status, copy, body, dropConnection);
    }
}
