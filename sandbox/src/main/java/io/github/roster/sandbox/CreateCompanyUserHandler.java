package io.github.roster.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Procore {@code POST /rest/v1.3/companies/{company_id}/users} ({@code createCompanyUser}): 201 with the
 * {@link NewCompanyUser} and its new id; 422 {@code {errors: {email_address: ["has already been taken"]}}}
 * when a user of the company (active or not) has the e-mail, ignoring case.
 */
record CreateCompanyUserHandler(SandboxState state, Clock clock) implements OperationHandler {

    static final Map<String, List<String>> EMAIL_TAKEN = Map.of("email_address", List.of("has already been taken"));
    private static final ProcoreErrors ERRORS = new ProcoreErrors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        long companyId = Long.parseLong(parameters.get("company_id"));
        if (!state.companyUsers().hasCompany(companyId)) {
            return ERRORS.notFound("Company " + companyId + " not found.");
        }
        return state.companyUsers()
                .create(companyId, NewCompanyUser.from(Json.read(request.body()).path("user"), clock.instant()))
                .map(user -> SandboxResponse.json(201, user))
                .orElseGet(() -> ERRORS.unprocessable(EMAIL_TAKEN));
    }
}
