package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.specs.RosterSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec check bites: each deliberately drifted pact kept as a fixture fails with the expected finding. */
class DriftFixturesTest {

    @ParameterizedTest(name = "{0} fails with {2}")
    @CsvSource({
        "wrong-enum.json,          AUTODESK_ACCOUNT_ADMIN, validation.request.body.schema.enum",
        "unknown-field.json,       AUTODESK_ACCOUNT_ADMIN, validation.request.body.schema.additionalProperties",
        "over-max-length.json,     AUTODESK_ACCOUNT_ADMIN, validation.request.body.schema.maxLength",
        "undocumented-status.json, PROCORE_DIRECTORY,      validation.response.status.unknown",
    })
    void aDriftedPactFailsTheSpecCheck(String fixture, RosterSpec spec, String expectedKey) throws URISyntaxException {
        Path pact = Path.of(DriftFixturesTest.class.getResource("/drift/" + fixture).toURI());
        assertThat(PactSpecCheck.errors(spec, pact)).isNotEmpty()
                .anySatisfy(error -> assertThat(error).contains(expectedKey));
    }
}
