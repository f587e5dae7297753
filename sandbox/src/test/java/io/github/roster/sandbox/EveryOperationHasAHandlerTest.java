package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation the specs declare has a handler registered by its operationId, so a spec operation added
 * without one fails the build here (the sandbox would answer it 501). The list is read from the specs.
 */
class EveryOperationHasAHandlerTest {

    @Test
    void everySpecOperationHasAHandler() {
        List<SpecOperation> operations = SpecCatalog.shared().operations();
        Set<String> registered = OperationHandlers.standard(new SandboxState(), Clock.systemUTC()).operationIds();

        List<String> missing = operations.stream()
                .filter(operation -> !registered.contains(operation.operationId()))
                .map(SpecOperation::describe)
                .sorted()
                .collect(Collectors.toList());

        assertThat(operations).isNotEmpty();
        assertThat(missing)
                .as("spec operations without a handler in OperationHandlers.standard: %s", missing)
                .isEmpty();
    }
}
