package io.github.roster.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Roster spec for tests: its one operation, examples, documented statuses and schemas. Shared with
 * the client modules' tests through this module's test-jar, so every test reads the wire from the spec.
 */
public final class SpecModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RosterSpec spec;
    private final SwaggerParseResult result;
    private final OpenAPI api;
    private final String path;
    private final PathItem.HttpMethod method;
    private final Operation operation;

    private SpecModel(RosterSpec spec) {
        this.spec = spec;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        this.result = new OpenAPIV3Parser().readContents(spec.read(), null, options);
        this.api = result.getOpenAPI();
        Map.Entry<String, PathItem> only = api.getPaths().entrySet().iterator().next();
        this.path = only.getKey();
        Map.Entry<PathItem.HttpMethod, Operation> op = only.getValue().readOperationsMap().entrySet().iterator().next();
        this.method = op.getKey();
        this.operation = op.getValue();
    }

    /**
     * Parses a spec.
     *
     * @param spec the spec
     * @return its model
     */
    public static SpecModel of(RosterSpec spec) {
        return new SpecModel(spec);
    }

    public RosterSpec spec() {
        return spec;
    }

    /** The parser's messages: empty for a valid document. */
    public List<String> messages() {
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    public OpenAPI api() {
        return api;
    }

    /** The path template, e.g. {@code /hq/v1/accounts/{account_id}/users/{user_id}}. */
    public String path() {
        return path;
    }

    public PathItem.HttpMethod method() {
        return method;
    }

    public Operation operation() {
        return operation;
    }

    /** The path with every parameter replaced by its example. */
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
        for (Parameter p : operation.getParameters()) {
            if (in.equals(p.getIn())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The request examples of a media type, by name. */
    public Map<String, Example> requestExamples(String mediaType) {
        MediaType m = operation.getRequestBody().getContent().get(mediaType);
        return m == null || m.getExamples() == null ? Map.of() : m.getExamples();
    }

    /** The first request example of {@code application/json}, as JSON. */
    public JsonNode requestExample() {
        return json(requestExamples("application/json").values().iterator().next());
    }

    /** The first example of a response, as JSON. */
    public JsonNode responseExample(String status) {
        return json(responseExamples(status).values().iterator().next());
    }

    /** The examples of a response's {@code application/json} content, by name. */
    public Map<String, Example> responseExamples(String status) {
        MediaType m = operation.getResponses().get(status).getContent().get("application/json");
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

    /** A component schema, resolved. */
    public Schema<?> schema(String name) {
        return api.getComponents().getSchemas().get(name);
    }

    /** An example's value as JSON. */
    public static JsonNode json(Example example) {
        return JSON.valueToTree(example.getValue());
    }
}
