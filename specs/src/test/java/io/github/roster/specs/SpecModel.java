package io.github.roster.specs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a Roster spec for tests: its operations (selected by {@code operationId}), their examples and
 * documented statuses, and its schemas. Shared with the client modules' tests through this module's test-jar,
 * so every test reads the wire from the spec.
 */
public final class SpecModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RosterSpec spec;
    private final SwaggerParseResult result;
    private final OpenAPI api;
    private final List<SpecOperation> operations;

    private SpecModel(RosterSpec spec) {
        this.spec = spec;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        this.result = new OpenAPIV3Parser().readContents(spec.read(), null, options);
        this.api = result.getOpenAPI();
        List<SpecOperation> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                ops.add(new SpecOperation(spec, path.getKey(), op.getKey(), op.getValue()));
            }
        }
        this.operations = List.copyOf(ops);
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

    /** Every operation of every spec, for parameterized tests. */
    public static Stream<SpecOperation> allOperations() {
        return Stream.of(RosterSpec.values()).flatMap(s -> of(s).operations().stream());
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

    /** Every operation of the document, in document order. */
    public List<SpecOperation> operations() {
        return operations;
    }

    /**
     * One operation by its {@code operationId}.
     *
     * @param operationId e.g. {@code updateAccountUser}
     * @return the operation
     * @throws IllegalArgumentException when the document has no such operation
     */
    public SpecOperation operation(String operationId) {
        return operations.stream().filter(o -> operationId.equals(o.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(spec.fileName() + " has no operation " + operationId));
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
