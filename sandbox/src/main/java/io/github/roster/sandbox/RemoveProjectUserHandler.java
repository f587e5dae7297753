package io.github.roster.sandbox;

import java.time.Clock;

/**
 * ACC {@code DELETE /construction/admin/v1/projects/{projectId}/users/{userId}} ({@code removeProjectUser}):
 * 204, and the member becomes {@code status: deleted}, listed only when {@code filter[status]} asks for
 * {@code deleted} and no longer among the user's projects. Removing a member that is already removed is
 * 204 again and changes nothing (the operation is idempotent, as the spec says); an unknown project or
 * member is 404.
 */
record RemoveProjectUserHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.ACC_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String projectId = parameters.get("projectId");
        String userId = parameters.get("userId");
        if (!state.hasAccProject(projectId)) {
            return ERRORS.notFound("The project " + projectId + " does not exist.");
        }
        return state.projectMembers().change(projectId, userId, member -> {
            if (member == null) {
                return ERRORS.notFound("The user " + userId + " is not a member of the project.");
            }
            if (!"deleted".equals(member.path("status").asText())) {
                member.put("status", "deleted");
                member.put("updatedAt", Timestamps.iso(clock.instant()));
            }
            return SandboxResponse.noContent();
        });
    }
}
