package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** ACC {@code POST /construction/admin/v2/projects/{projectId}/users:import}. */
final class AccUsersImportEndpoint implements Endpoint {

    private final SpecRequestValidator validator;
    private final SandboxState state;
    private final Clock clock;
    private final VendorErrors errors = VendorApi.ACC_ADMIN.errors();

    AccUsersImportEndpoint(SpecRequestValidator validator, SandboxState state, Clock clock) {
        this.validator = validator;
        this.state = state;
        this.clock = clock;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, List<String> pathParameters) {
        List<ValidationReport.Message> invalid = validator.errors(request);
        if (!invalid.isEmpty()) {
            return errors.invalidRequest(invalid);
        }
        String projectId = pathParameters.get(0);
        if (!state.hasAccProject(projectId)) {
            return errors.notFound("The project " + projectId + " does not exist.");
        }
        AccImport accepted = state.recordAccImport(
                projectId, UUID.randomUUID(), Json.read(request.body()).path("users"), clock.instant());
        ObjectNode body = Json.object();
        body.put("jobId", accepted.jobId().toString());
        return SandboxResponse.json(202, body);
    }
}
