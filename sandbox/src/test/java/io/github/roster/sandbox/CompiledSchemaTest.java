package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.specs.RosterSpec;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compiled schemas against swagger-request-validator's JSON-schema walk, which they may only shortcut:
 * for every JSON request body of both specs, the spec's own examples and seeded random mutations of them (and of
 * generated 200-user ACC imports), whenever the compiled schema vouches for a body the walk finds no error, and
 * every mutation the walk refuses is refused naming the field. The compiled schema does vouch for the valid
 * bodies of the operations a bulk import and a sync send, or it would save nothing. Every parameter of both specs,
 * given values of every kind as text (as the validator reads them), gets exactly the walk's report from
 * {@link CompiledSchemaValidator}.
 */
class CompiledSchemaTest {

    private static final long SEED = Long.getLong("roster.test.seed", 20261123L);
    private static final int MUTATIONS_PER_BODY = 150;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SpecCatalog specs = SpecCatalog.shared();
    private final Map<RosterSpec, SchemaValidator> walks = new EnumMap<>(RosterSpec.class);

    private List<ValidationReport.Message> walkErrors(RosterSpec spec, Schema<?> schema, JsonNode body) {
        SchemaValidator walk = walks.computeIfAbsent(spec,
                s -> new SchemaValidator(specs.document(s), new MessageResolver()));
        return walk.validate(() -> body, schema, CompiledSchemaValidator.REQUEST_BODY).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).collect(Collectors.toList());
    }

    /** Every JSON request body schema, by operation id, with its valid examples. */
    private Map<String, Body> jsonBodies() {
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (SpecOperation operation : specs.operations()) {
            MediaType json = operation.body("application/json").orElse(null);
            if (json == null || json.getSchema() == null) {
                continue;
            }
            List<JsonNode> examples = new ArrayList<>();
            if (json.getExample() != null) {
                examples.add(Json.mapper().valueToTree(json.getExample()));
            }
            if (json.getExamples() != null) {
                for (Example example : json.getExamples().values()) {
                    if (example.getValue() != null) {
                        examples.add(Json.mapper().valueToTree(example.getValue()));
                    }
                }
            }
            bodies.put(operation.operationId(), new Body(operation.spec(), json.getSchema(), examples));
        }
        return bodies;
    }

    private record Body(RosterSpec spec, Schema<?> schema, List<JsonNode> examples) {
    }

    static JsonNode accImport(int users, Random random) {
        ObjectNode body = NODES.objectNode();
        ArrayNode list = body.putArray("users");
        for (int i = 0; i < users; i++) {
            ObjectNode user = list.addObject();
            user.put("email", "bulk" + random.nextInt(1_000_000) + "." + i + "@example.com");
            user.put("firstName", "First" + i);
            user.put("lastName", "Last" + i);
            user.put("companyId", "c32ffb13-83f8-43fb-bddf-3e5c0c2dda24");
            user.putArray("roleIds").add("287d5cc2-9008-462c-96e5-c9491db85d97");
            ArrayNode products = user.putArray("products");
            products.addObject().put("key", "docs").put("access", "member");
            products.addObject().put("key", "build").put("access", "member");
        }
        return body;
    }

    @Test
    void everyExampleTheWalkAcceptsIsVouchedForOrLeftToTheWalkAndNeverTheOtherWayRound() {
        int examples = 0;
        for (Map.Entry<String, Body> entry : jsonBodies().entrySet()) {
            Body body = entry.getValue();
            CompiledSchema compiled = CompiledSchema.compile(body.schema());
            for (JsonNode example : body.examples()) {
                examples++;
                if (compiled.vouchesFor(example)) {
                    assertThat(walkErrors(body.spec(), body.schema(), example))
                            .as("%s: vouched for %s", entry.getKey(), example).isEmpty();
                }
            }
        }
        assertThat(examples).isGreaterThan(5);
    }

    @Test
    void theBulkOperationsValidBodiesAreVouchedFor() {
        Map<String, Body> bodies = jsonBodies();
        Body accImport = bodies.get("importProjectUsers");
        JsonNode generated = accImport(200, new Random(SEED));
        assertThat(walkErrors(accImport.spec(), accImport.schema(), generated)).isEmpty();
        assertThat(CompiledSchema.compile(accImport.schema()).vouchesFor(generated)).isTrue();
        for (String operationId : List.of("importProjectUsers", "updateAccountUser", "updateCompanyUser",
                "createCompanyUser")) {
            Body body = bodies.get(operationId);
            CompiledSchema compiled = CompiledSchema.compile(body.schema());
            List<JsonNode> valid = body.examples().stream()
                    .filter(example -> walkErrors(body.spec(), body.schema(), example).isEmpty()).toList();
            assertThat(valid).as(operationId).isNotEmpty();
            assertThat(valid.stream().filter(compiled::vouchesFor)).as(operationId + " examples vouched for")
                    .isNotEmpty();
        }
    }

    @Test
    void noMutationTheWalkRefusesIsVouchedForAndEachRefusalNamesTheField() {
        Random random = new Random(SEED);
        int refused = 0;
        int vouched = 0;
        for (Map.Entry<String, Body> entry : jsonBodies().entrySet()) {
            Body body = entry.getValue();
            CompiledSchema compiled = CompiledSchema.compile(body.schema());
            List<JsonNode> valid = new ArrayList<>(body.examples());
            if (entry.getKey().equals("importProjectUsers")) {
                valid.add(accImport(3, random));
            }
            for (JsonNode original : valid) {
                for (int i = 0; i < MUTATIONS_PER_BODY; i++) {
                    JsonNode mutated = original.deepCopy();
                    Mutation mutation = mutate(mutated, random);
                    if (mutation == null) {
                        continue;
                    }
                    List<ValidationReport.Message> errors = walkErrors(body.spec(), body.schema(), mutated);
                    boolean vouches = compiled.vouchesFor(mutated);
                    String where = entry.getKey() + " (seed " + SEED + "): " + mutation + " -> " + mutated;
                    if (vouches) {
                        vouched++;
                        assertThat(errors).as("vouched for a body the walk refuses: " + where).isEmpty();
                    }
                    if (!errors.isEmpty()) {
                        refused++;
                        assertThat(ValidationMessages.describeAll(errors)).as(where).contains(mutation.field());
                    }
                }
            }
        }
        assertThat(refused).isGreaterThan(1000);
        assertThat(vouched).isGreaterThan(100);
    }

    private static final List<String> PARAMETER_VALUES = List.of("", "0", "1", "-1", "2", "99", "100", "101", "200",
            "201", "1000", "1.5", "1e3", "1.0", "9223372036854775808", "2147483648", "abc", "null", "true",
            "c32ffb13-83f8-43fb-bddf-3e5c0c2dda24", "c32ffb13-83f8-43fb-bddf-3e5c0c2dda2", "a@example.com", "US", "EMEA",
            "active", "inactive", "name", "-name", "x".repeat(300), "2026-11-23T10:15:20Z", "2026-11-23", "AB\n",
            "b.9dbb160e-b904-458b-bc5c-ed184687592d", "8089", " 1");

    @Test
    void everyParameterValueGetsExactlyTheWalksReport() {
        int vouched = 0;
        int refused = 0;
        for (SpecOperation operation : specs.operations()) {
            if (operation.operation().getParameters() == null) {
                continue;
            }
            CompiledSchemaValidator shortcut = new CompiledSchemaValidator(specs.document(operation.spec()),
                    new MessageResolver());
            SchemaValidator walk = walks.computeIfAbsent(operation.spec(),
                    s -> new SchemaValidator(specs.document(s), new MessageResolver()));
            for (var parameter : operation.operation().getParameters()) {
                if (parameter.getSchema() == null) {
                    continue;
                }
                String key = "request.parameter." + parameter.getIn();
                for (String value : PARAMETER_VALUES) {
                    List<String> expected = texts(walk.validate(value, parameter.getSchema(), key));
                    List<String> actual = texts(shortcut.validate(value, parameter.getSchema(), key));
                    assertThat(actual).as("%s %s = '%s'", operation.operationId(), parameter.getName(), value)
                            .isEqualTo(expected);
                    if (expected.isEmpty()) {
                        vouched++;
                    } else {
                        refused++;
                    }
                }
            }
        }
        assertThat(vouched).isGreaterThan(100);
        assertThat(refused).isGreaterThan(100);
    }

    @Test
    void aListsPagingParametersAreVouchedFor() {
        SpecOperation list = specs.operations().stream()
                .filter(operation -> operation.operationId().equals("listAccountUsers")).findFirst().orElseThrow();
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        list.operation().getParameters().forEach(parameter -> schemas.put(parameter.getName(), parameter.getSchema()));
        assertThat(CompiledSchema.compile(schemas.get("account_id")).vouchesFor(
                NODES.textNode("9dbb160e-b904-458b-bc5c-ed184687592d"))).isTrue();
        assertThat(CompiledSchema.compile(schemas.get("limit")).vouchesFor(NODES.numberNode(100))).isTrue();
        assertThat(CompiledSchema.compile(schemas.get("offset")).vouchesFor(NODES.numberNode(99_900))).isTrue();
    }

    private static List<String> texts(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.toList());
    }

    /**
     * A change at one place of a body.
     *
     * @param what what was done
     * @param field the name a refusal must mention: the property changed, added or removed, or the array's
     */
    private record Mutation(String what, String field) {
    }

    private static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.numberNode(12345),
            NODES.numberNode(-1), NODES.numberNode(1.5), NODES.textNode("text"), NODES.booleanNode(true),
            NODES.objectNode(), NODES.arrayNode(), NODES.textNode("x".repeat(300)), NODES.textNode("not-an-email"),
            NODES.textNode("bogus_value"), NODES.textNode(""), NODES.textNode("AB\n"),
            NODES.numberNode(9_999_999_999_999_999L), NODES.textNode("c32ffb13-83f8-43fb-bddf-3e5c0c2dda2"),
            NODES.textNode("a@b"), NODES.textNode("jane..doe@example.com"), NODES.textNode("Jane Doe <j@x.com>"));

    /** Changes one random place of the body; null when the body has no place to change. */
    private static Mutation mutate(JsonNode body, Random random) {
        List<Place> places = new ArrayList<>();
        collect(body, null, null, "", places);
        if (places.isEmpty()) {
            return null;
        }
        Place place = places.get(random.nextInt(places.size()));
        int kind = random.nextInt(5);
        if (place.parent() instanceof ObjectNode object) {
            String name = place.name();
            switch (kind) {
                case 0 -> {
                    object.remove(name);
                    return new Mutation("removed " + name, name);
                }
                case 1 -> {
                    object.set("zzUnknown", NODES.numberNode(1));
                    return new Mutation("added zzUnknown beside " + name, "zzUnknown");
                }
                default -> {
                    JsonNode value = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
                    object.set(name, value);
                    return new Mutation(name + " := " + value, name);
                }
            }
        }
        ArrayNode array = (ArrayNode) place.parent();
        int index = Integer.parseInt(place.name());
        switch (kind) {
            case 0 -> {
                array.removeAll();
                return new Mutation("emptied " + place.arrayName(), place.arrayName());
            }
            case 1 -> {
                JsonNode item = array.get(index);
                for (int i = 0; i < 1001; i++) {
                    array.add(item.deepCopy());
                }
                return new Mutation("1001 more items in " + place.arrayName(), place.arrayName());
            }
            default -> {
                JsonNode value = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
                array.set(index, value);
                return new Mutation(place.arrayName() + "[" + index + "] := " + value, place.arrayName());
            }
        }
    }

    /**
     * One place in a body: a property of an object or an item of an array.
     *
     * @param arrayName the name of the property holding the array, for an item
     */
    private record Place(ContainerNode<?> parent, String name, String arrayName) {
    }

    private static void collect(JsonNode node, ContainerNode<?> parent, String name, String arrayName,
                                List<Place> places) {
        if (parent != null) {
            places.add(new Place(parent, name, arrayName));
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field ->
                    collect(field.getValue(), object, field.getKey(), field.getKey(), places));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), array, Integer.toString(i), name == null ? "" : name, places);
            }
        }
    }
}
