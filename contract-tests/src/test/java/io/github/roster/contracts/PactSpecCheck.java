package io.github.roster.contracts;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.roster.specs.RosterSpec;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a pact file against a spec with swagger-request-validator-pact. */
final class PactSpecCheck {

    private PactSpecCheck() {
    }

    /**
     * Every ERROR the validator reports for a pact, as {@code interaction: key: message}.
     *
     * @param spec the spec of the pact's provider
     * @param pact the pact file
     * @return the errors; empty when every interaction conforms
     */
    static List<String> errors(RosterSpec spec, Path pact) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.read())
                .build();
        PactProviderValidationResults results;
        try {
            results = PactProviderValidator.createFor(validator)
                    .withConsumer(Contracts.CONSUMER, pact.toUri().toURL()).build().validate();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(pact.toString(), e);
        }
        List<String> errors = new ArrayList<>();
        for (PactProviderValidationResults.ConsumerResult consumer : results.getConsumerResults()) {
            for (Map.Entry<String, ValidationReport> e : consumer.getInteractionResults().entrySet()) {
                for (ValidationReport.Message m : e.getValue().getMessages()) {
                    if (m.getLevel() == ValidationReport.Level.ERROR) {
                        errors.add(e.getKey() + ": " + m.getKey() + ": " + m.getMessage());
                    }
                }
            }
        }
        return errors;
    }
}
