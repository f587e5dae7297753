package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * ACC {@code POST /construction/admin/v2/projects/{projectId}/users:import} ({@code importProjectUsers}):
 * keeps the accepted request ({@link SandboxState#accImports}), makes every user an {@code active} member of
 * the project through {@link ProjectEnrolment} (adding new members, updating existing ones, restoring removed
 * ones) and answers 202 with a fresh {@code jobId}. The members are in place when the 202 is sent.
 */
record ImportProjectUsersHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.ACC_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String projectId = parameters.get("projectId");
        if (!state.hasAccProject(projectId)) {
            return ERRORS.notFound("The project " + projectId + " does not exist.");
        }
        Instant now = clock.instant();
        JsonNode users = Json.read(request.body()).path("users");
        AccImport accepted = state.recordAccImport(projectId, UUID.randomUUID(), users, now);
        ProjectEnrolment enrolment = new ProjectEnrolment(state);
        users.forEach(user -> enrolment.enrol(projectId, user, "active", now));
        ObjectNode body = Json.object();
        body.put("jobId", accepted.jobId().toString());
        return SandboxResponse.json(202, body);
    }
}
