package io.github.roster.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One operation of a Roster spec, for tests: its path template, method, parameters, examples and documented
 * statuses. Obtained from {@link SpecModel#operation(String)} by {@code operationId}.
 *
 * @param spec the document it belongs to
 * @param path the path template, e.g. {@code /hq/v1/accounts/{account_id}/users/{user_id}}
 * @param method the HTTP method
 * @param operation the parsed, fully resolved operation
 */
public record SpecOperation(RosterSpec spec, String path, PathItem.HttpMethod method, Operation operation) {

    /** The operationId. */
    public String id() {
        return operation.getOperationId();
    }

    /** The path with every path parameter replaced by its example. */
    public String examplePath() {
        String p = path;
        for (Parameter param : parameters("path")) {
            p = p.replace("{" + param.getName() + "}", String.valueOf(param.getExample()));
        }
        return p;
    }

    /** The operation's parameters of one kind ({@code path}, {@code header}, {@code query}). */
    public List<Parameter> parameters(String in) {
        List<Parameter> out = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if (in.equals(p.getIn())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Whether the operation has a request body. */
    public boolean hasRequestBody() {
        return operation.getRequestBody() != null;
    }

    /** The request examples of a media type, by name; empty without a body. */
    public Map<String, Example> requestExamples(String mediaType) {
        if (!hasRequestBody()) {
            return Map.of();
        }
        MediaType m = operation.getRequestBody().getContent().get(mediaType);
        return m == null || m.getExamples() == null ? Map.of() : m.getExamples();
    }

    /** The first request example of {@code application/json}, as JSON. */
    public JsonNode requestExample() {
        return SpecModel.json(requestExamples("application/json").values().iterator().next());
    }

    /** The first example of a response, as JSON. */
    public JsonNode responseExample(String status) {
        return SpecModel.json(responseExamples(status).values().iterator().next());
    }

    /** The examples of a response's {@code application/json} content, by name. */
    public Map<String, Example> responseExamples(String status) {
        io.swagger.v3.oas.models.responses.ApiResponse response = operation.getResponses().get(status);
        if (response == null || response.getContent() == null) {
            return Map.of();
        }
        MediaType m = response.getContent().get("application/json");
        return m == null || m.getExamples() == null ? Map.of() : m.getExamples();
    }

    /** Every documented status that is not 2xx. */
    public List<Integer> errorStatuses() {
        return operation.getResponses().keySet().stream().map(Integer::valueOf).filter(s -> s >= 400).sorted().toList();
    }

    /** Every documented status. */
    public List<String> statuses() {
        return new ArrayList<>(operation.getResponses().keySet());
    }

    @Override
    public String toString() {
        return id() + " (" + method + " " + path + ")";
    }
}
