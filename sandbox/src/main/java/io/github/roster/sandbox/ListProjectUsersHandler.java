package io.github.roster.sandbox;

/**
 * ACC {@code GET /construction/admin/v1/projects/{projectId}/users} ({@code listProjectUsers}): one page of the
 * project's members that pass {@link ProjectUserFilters}, in the order they joined, answered by
 * {@link AccPagination} ({@code limit} default 20). {@code sort} and {@code fields} are accepted and ignored:
 * the order is always joining order and every field is answered.
 */
record ListProjectUsersHandler(SandboxState state) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.ACC_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String projectId = parameters.get("projectId");
        if (!state.hasAccProject(projectId)) {
            return ERRORS.notFound("The project " + projectId + " does not exist.");
        }
        QueryParameters query = new QueryParameters(request);
        long offset = query.longValue("offset", 0);
        int limit = query.integer("limit", AccPagination.DEFAULT_LIMIT);
        Page page = state.projectMembers().page(projectId, new ProjectUserFilters(query), offset, limit);
        return AccPagination.answer(request, page, offset, limit);
    }
}
