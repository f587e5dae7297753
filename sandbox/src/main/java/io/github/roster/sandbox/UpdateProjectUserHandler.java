package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;

/**
 * ACC {@code PATCH /construction/admin/v1/projects/{projectId}/users/{userId}} ({@code updateProjectUser}):
 * replaces each sent field ({@code email}, {@code companyId}, {@code roleIds}, {@code products}) as sent, keeps
 * {@code accessLevels.projectAdmin} and {@code companyName} in step, and answers 201 (as Autodesk's OpenAPI documents; the spec also allows 200) with the member's
 * {@code id} and the sent fields only (as Autodesk documents the answer). 404 for an unknown project, an
 * unknown member or a removed ({@code deleted}) one; 400 when another member of the project has the e-mail (Autodesk documents no 409 here).
 */
record UpdateProjectUserHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final VendorErrors ERRORS = VendorApi.ACC_ADMIN.errors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        String projectId = parameters.get("projectId");
        String userId = parameters.get("userId");
        if (!state.hasAccProject(projectId)) {
            return ERRORS.notFound("The project " + projectId + " does not exist.");
        }
        JsonNode update = Json.read(request.body());
        String accountId = state.projectMembers().accountOf(projectId).orElseThrow();
        return state.projectMembers().change(projectId, userId, member -> {
            if (member == null || "deleted".equals(member.path("status").asText())) {
                return ERRORS.notFound("The user " + userId + " is not a member of the project.");
            }
            String id = member.path("id").asText();
            if (update.path("email").isTextual()
                    && state.projectMembers().emailTaken(projectId, id, update.path("email").asText())) {
                return ERRORS.badRequest("Another member of the project has the email " + update.path("email").asText()
                        + ".");
            }
            update.properties().forEach(field -> member.set(field.getKey(), field.getValue().deepCopy()));
            if (update.has("products")) {
                ((ObjectNode) member.path("accessLevels"))
                        .put("projectAdmin", ProjectEnrolment.isProjectAdmin(member.path("products")));
            }
            if (update.has("companyId")) {
                member.remove("companyName");
                state.accountUsers().companyName(accountId, update.path("companyId").asText())
                        .ifPresent(name -> member.put("companyName", name));
            }
            member.put("updatedAt", Timestamps.iso(clock.instant()));
            ObjectNode answer = Json.object();
            answer.put("id", id);
            update.properties().forEach(field -> answer.set(field.getKey(), field.getValue().deepCopy()));
            return SandboxResponse.json(201, answer);
        });
    }
}
