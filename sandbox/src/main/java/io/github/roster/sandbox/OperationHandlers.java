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
        return new OperationHandlers(Map.ofEntries(
                Map.entry("listAccountUsers", new ListAccountUsersHandler(state)),
                Map.entry("searchAccountUsers", new SearchAccountUsersHandler(state)),
                Map.entry("createAccountUser", new CreateAccountUserHandler(state, clock)),
                Map.entry("importAccountUsers", new ImportAccountUsersHandler(state, clock)),
                Map.entry("getAccountUser", new GetAccountUserHandler(state)),
                Map.entry("updateAccountUser", new UpdateAccountUserHandler(state, clock)),
                Map.entry("importProjectUsers", new ImportProjectUsersHandler(state, clock)),
                Map.entry("listProjectUsers", new ListProjectUsersHandler(state)),
                Map.entry("getProjectUser", new GetProjectUserHandler(state)),
                Map.entry("updateProjectUser", new UpdateProjectUserHandler(state, clock)),
                Map.entry("removeProjectUser", new RemoveProjectUserHandler(state, clock)),
                Map.entry("listUserProjects", new ListUserProjectsHandler(state)),
                Map.entry("listCompanyUsers", new ListCompanyUsersHandler(state)),
                Map.entry("createCompanyUser", new CreateCompanyUserHandler(state, clock)),
                Map.entry("syncCompanyUsers", new SyncCompanyUsersHandler(state, clock)),
                Map.entry("showCompanyUser", new ShowCompanyUserHandler(state)),
                Map.entry("updateCompanyUser", new UpdateCompanyUserHandler(state, clock)),
                Map.entry("listInactiveCompanyUsers", new ListInactiveCompanyUsersHandler(state)),
                Map.entry("reactivateCompanyUser", new ReactivateCompanyUserHandler(state, clock))));
    }

    Optional<OperationHandler> forOperation(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId));
    }

    Set<String> operationIds() {
        return byOperationId.keySet();
    }
}
