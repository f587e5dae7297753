package io.github.roster.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.github.roster.specs.RosterSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.EnumMap;
import java.util.Map;

/**
 * The three specs, read from the roster-specs jar: one {@link OpenApiInteractionValidator} and one parsed
 * {@link OpenAPI} document per spec. Built once per JVM, on the first sandbox's start-up, and shared by every
 * sandbox (both are read-only after construction); never built per request.
 */
final class SpecCatalog {

    private static SpecCatalog shared;

    private final Map<RosterSpec, OpenApiInteractionValidator> validators = new EnumMap<>(RosterSpec.class);
    private final Map<RosterSpec, OpenAPI> documents = new EnumMap<>(RosterSpec.class);

    private SpecCatalog() {
        for (RosterSpec spec : RosterSpec.values()) {
            String yaml = spec.read();
            validators.put(spec, OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build());
            documents.put(spec, parse(spec, yaml));
        }
    }

    static synchronized SpecCatalog shared() {
        if (shared == null) {
            shared = new SpecCatalog();
        }
        return shared;
    }

    OpenApiInteractionValidator validator(RosterSpec spec) {
        return validators.get(spec);
    }

    OpenAPI document(RosterSpec spec) {
        return documents.get(spec);
    }

    private static OpenAPI parse(RosterSpec spec, String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
            throw new IllegalStateException("cannot parse " + spec.fileName() + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }
}
