package io.github.roster.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.request.RequestValidator;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.github.roster.specs.RosterSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The specs, read from the roster-specs jar: per spec the parsed {@link OpenAPI} document (loaded as
 * swagger-request-validator loads it) and a {@link RequestValidator} over it, plus every operation of every
 * spec. Built once per JVM, on the first sandbox's start-up, and shared by every sandbox (all read-only after
 * construction); never built per request.
 */
final class SpecCatalog {

    private static SpecCatalog shared;

    private final Map<RosterSpec, OpenAPI> documents = new EnumMap<>(RosterSpec.class);
    private final Map<RosterSpec, RequestValidator> validators = new EnumMap<>(RosterSpec.class);
    private final List<SpecOperation> operations = new ArrayList<>();

    private SpecCatalog() {
        MessageResolver messages = new MessageResolver();
        for (RosterSpec spec : RosterSpec.values()) {
            OpenAPI document = load(spec);
            documents.put(spec, document);
            validators.put(spec, new RequestValidator(new CompiledSchemaValidator(document, messages), messages,
                    document, List.of()));
            document.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operations.add(new SpecOperation(spec, operation.getOperationId(), method,
                            new PathTemplate(template), operation))));
        }
    }

    static synchronized SpecCatalog shared() {
        if (shared == null) {
            shared = new SpecCatalog();
        }
        return shared;
    }

    /** Every operation of every spec. */
    List<SpecOperation> operations() {
        return List.copyOf(operations);
    }

    RequestValidator validator(RosterSpec spec) {
        return validators.get(spec);
    }

    OpenAPI document(RosterSpec spec) {
        return documents.get(spec);
    }

    /** With the options {@link OpenApiInteractionValidator}'s builder uses: refs resolved fully, combinators kept. */
    private static OpenAPI load(RosterSpec spec) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        try {
            return new OpenApiLoader().loadApi(
                    OpenApiInteractionValidator.SpecSource.inline(spec.read()), List.of(), options);
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw new IllegalStateException("cannot parse " + spec.fileName() + ": " + e.getParseMessages(), e);
        }
    }
}
