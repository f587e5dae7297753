package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;

/**
 * Checks the sandbox's own responses against the specs, with validators the tests build themselves
 * (once per JVM), independent of the sandbox's.
 */
final class SpecConformance {

    private static final Map<RosterSpec, OpenApiInteractionValidator> VALIDATORS = new EnumMap<>(RosterSpec.class);

    private SpecConformance() {
    }

    static synchronized OpenApiInteractionValidator validator(RosterSpec spec) {
        return VALIDATORS.computeIfAbsent(spec,
                key -> OpenApiInteractionValidator.createForInlineApiSpecification(key.read()).build());
    }

    /** The validator's report on a response the sandbox sent. */
    static ValidationReport report(RosterSpec spec, String path, Request.Method method, HttpResponse<String> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode())
                .withBody(response.body());
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                builder.withHeader(name, values);
            }
        });
        return validator(spec).validateResponse(path, method, builder.build());
    }

    static void assertConforms(RosterSpec spec, String path, Request.Method method, HttpResponse<String> response) {
        ValidationReport report = report(spec, path, method, response);
        assertThat(report.getMessages())
                .as("response %s %s -> %d conforms to %s: %s", method, path, response.statusCode(), spec.fileName(),
                        response.body())
                .filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
    }


    /** A JSON body validated as if it were a 200 response of the operation (to check seed data). */
    static ValidationReport reportBody(RosterSpec spec, String path, Request.Method method, int status, String json) {
        return validator(spec).validateResponse(path, method,
                SimpleResponse.Builder.status(status).withContentType("application/json").withBody(json).build());
    }
}
