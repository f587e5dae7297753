package io.github.roster.sandbox;

import java.time.Clock;

/**
 * Procore {@code PATCH /rest/v1.0/companies/{company_id}/users/inactive/{id}} ({@code reactivateCompanyUser}):
 * an inactive user becomes active and is answered 200; an active user is answered 200 unchanged (idempotent);
 * an unknown company or user is 404.
 */
record ReactivateCompanyUserHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final ProcoreErrors ERRORS = new ProcoreErrors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        long companyId = Long.parseLong(parameters.get("company_id"));
        long userId = Long.parseLong(parameters.get("id"));
        if (!state.companyUsers().hasCompany(companyId)) {
            return ERRORS.notFound("Company " + companyId + " not found.");
        }
        return state.companyUsers().change(companyId, userId, user -> {
            if (user == null) {
                return ERRORS.notFound("User " + userId + " not found in company " + companyId + ".");
            }
            if (!user.path("is_active").asBoolean(false)) {
                CompanyUserChanges.apply(user, Json.object().put("is_active", true), clock.instant());
            }
            return SandboxResponse.json(200, user.deepCopy());
        });
    }
}
