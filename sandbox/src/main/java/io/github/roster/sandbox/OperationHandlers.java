package io.github.roster.sandbox;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The one place that maps a spec {@code operationId} to the {@link OperationHandler} answering it. */
final class OperationHandlers {

    private final Map<String, OperationHandler> byOperationId;

    /** A registry of exactly these handlers; tests use it to register their own. */
    OperationHandlers(Map<String, OperationHandler> byOperationId) {
        this.byOperationId = Map.copyOf(byOperationId);
    }

    /** Every handler the sandbox has, over one state and clock. */
    static OperationHandlers standard(SandboxState state, Clock clock) {
        return new OperationHandlers(Map.of(
                "getAccountUser", new GetAccountUserHandler(state),
                "updateAccountUser", new UpdateAccountUserHandler(state, clock),
                "importProjectUsers", new ImportProjectUsersHandler(state, clock),
                "updateCompanyUser", new UpdateCompanyUserHandler(state, clock)));
    }

    Optional<OperationHandler> forOperation(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId));
    }

    Set<String> operationIds() {
        return byOperationId.keySet();
    }
}
