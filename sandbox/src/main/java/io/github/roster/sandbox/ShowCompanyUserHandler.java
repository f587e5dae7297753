package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Procore {@code GET /rest/v1.3/companies/{company_id}/users/{id}} ({@code showCompanyUser}): the user, active
 * or inactive; 404 for an unknown company or user.
 */
record ShowCompanyUserHandler(SandboxState state) implements OperationHandler {

    private static final ProcoreErrors ERRORS = new ProcoreErrors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        long companyId = Long.parseLong(parameters.get("company_id"));
        long userId = Long.parseLong(parameters.get("id"));
        if (!state.companyUsers().hasCompany(companyId)) {
            return ERRORS.notFound("Company " + companyId + " not found.");
        }
        JsonNode user = state.companyUsers().read(companyId, userId);
        return user.isMissingNode()
                ? ERRORS.notFound("User " + userId + " not found in company " + companyId + ".")
                : SandboxResponse.json(200, user);
    }
}
