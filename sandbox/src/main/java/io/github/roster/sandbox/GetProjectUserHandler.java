package io.github.roster.sandbox;

/**
 * ACC {@code GET /construction/admin/v1/projects/{projectId}/users/{userId}} ({@code getProjectUser}): the
 * member by ACC id or Autodesk id, whatever its status (a removed member answers with {@code status: deleted});
 * 404 for an unknown project or member. {@code fields} is accepted and ignored.
 */
record GetProjectUserHandler(SandboxState state) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.ACC_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String projectId = parameters.get("projectId");
        String userId = parameters.get("userId");
        if (!state.hasAccProject(projectId)) {
            return ERRORS.notFound("The project " + projectId + " does not exist.");
        }
        return state.projectMembers().read(projectId, userId)
                .map(member -> SandboxResponse.json(200, member))
                .orElseGet(() -> ERRORS.notFound("The user " + userId + " is not a member of the project."));
    }
}
