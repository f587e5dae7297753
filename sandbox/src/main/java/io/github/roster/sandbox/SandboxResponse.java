package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response the sandbox answers with: a status, extra headers and a JSON body.
 *
 * @param status the HTTP status
 * @param headers extra response headers (Content-Type is always JSON)
 * @param body the JSON body
 */
record SandboxResponse(int status, Map<String, String> headers, JsonNode body) {

    SandboxResponse {
        headers = Map.copyOf(headers);
    }

    static SandboxResponse json(int status, JsonNode body) {
        return new SandboxResponse(status, Map.of(), body);
    }

    SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, copy, body);
    }
}
