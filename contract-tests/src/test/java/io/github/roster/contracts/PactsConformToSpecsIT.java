package io.github.roster.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.roster.specs.RosterSpec;
import io.github.roster.specs.SpecModel;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs after the consumer tests: every pact they wrote is checked against the OpenAPI spec of its provider,
 * and multipart bodies (which the validator skips) are checked part by part against the spec's form schema.
 */
class PactsConformToSpecsIT {

    private static final Path PACTS = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    private static final Pattern PART = Pattern.compile(
            "Content-Disposition: form-data; name=\"([^\"]+)\"(; filename=\"([^\"]*)\")?");

    private static Path pactOf(String provider) {
        return PACTS.resolve(Contracts.CONSUMER + "-" + provider + ".json");
    }

    @Test
    void everyProviderHasAPact() {
        for (String provider : Contracts.SPECS.keySet()) {
            assertThat(pactOf(provider)).as("the consumer tests wrote the %s pact", provider).exists();
        }
    }

    @Test
    void everyInteractionConformsToItsSpec() {
        for (Map.Entry<String, RosterSpec> e : Contracts.SPECS.entrySet()) {
            assertThat(PactSpecCheck.errors(e.getValue(), pactOf(e.getKey())))
                    .as("pact of %s against %s", e.getKey(), e.getValue().fileName()).isEmpty();
        }
    }

    @Test
    void multipartPartsConformToTheFormSchema() throws IOException {
        Schema<?> form = SpecModel.of(RosterSpec.PROCORE_DIRECTORY).schema("CompanyUserUpdateForm");
        JsonNode pact = new ObjectMapper().readTree(pactOf(Contracts.PROCORE).toFile());
        int checked = 0;
        for (JsonNode interaction : pact.path("interactions")) {
            JsonNode body = interaction.path("request").path("body");
            if (!body.path("contentType").asText().startsWith("multipart/form-data")) {
                continue;
            }
            String raw = body.path("encoded").asText().equals("base64")
                    ? new String(Base64.getDecoder().decode(body.path("content").asText()), StandardCharsets.ISO_8859_1)
                    : body.path("content").asText();
            List<String> names = new ArrayList<>();
            Matcher m = PART.matcher(raw);
            while (m.find()) {
                names.add(m.group(1));
                Schema<?> property = form.getProperties().get(m.group(1));
                assertThat(property).as("part %s is in the spec's form", m.group(1)).isNotNull();
                boolean isFile = m.group(2) != null;
                assertThat(isFile).as("part %s is a file exactly when the spec says binary", m.group(1))
                        .isEqualTo("binary".equals(property.getFormat()));
            }
            assertThat(names).containsAll(form.getRequired()).doesNotHaveDuplicates();
            checked++;
        }
        assertThat(checked).as("the pact has a multipart interaction").isPositive();
    }
}
