package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.UUID;

/** ACC {@code POST /construction/admin/v2/projects/{projectId}/users:import} ({@code importProjectUsers}). */
record ImportProjectUsersHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.ACC_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String projectId = parameters.get("projectId");
        if (!state.hasAccProject(projectId)) {
            return ERRORS.notFound("The project " + projectId + " does not exist.");
        }
        AccImport accepted = state.recordAccImport(
                projectId, UUID.randomUUID(), Json.read(request.body()).path("users"), clock.instant());
        ObjectNode body = Json.object();
        body.put("jobId", accepted.jobId().toString());
        return SandboxResponse.json(202, body);
    }
}
