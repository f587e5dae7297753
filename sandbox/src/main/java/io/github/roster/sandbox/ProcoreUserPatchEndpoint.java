package io.github.roster.sandbox;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Procore {@code PATCH /rest/v1.3/companies/{company_id}/users/{id}}, with a JSON body
 * ({@code {"user": {...}}}) or a multipart/form-data body ({@code user[field]} parts, {@code user[avatar]} file).
 */
final class ProcoreUserPatchEndpoint implements Endpoint {

    static final String PATH_TEMPLATE = "/rest/v1.3/companies/{company_id}/users/{id}";
    private static final Pattern USER_FIELD = Pattern.compile("^user\\[(.+)]$");
    private static final String AVATAR = "avatar";

    private final SpecRequestValidator validator;
    private final FormSchemaCheck form;
    private final SandboxState state;
    private final Clock clock;
    private final ProcoreErrors errors = new ProcoreErrors();
    private final ProcoreCompanyHeader companyHeader = new ProcoreCompanyHeader(errors);

    ProcoreUserPatchEndpoint(SpecRequestValidator validator, OpenAPI document, SandboxState state, Clock clock) {
        this.validator = validator;
        this.form = FormSchemaCheck.forOperation(document, PATH_TEMPLATE, PathItem.HttpMethod.PATCH,
                "multipart/form-data", ProcoreUserPatchEndpoint::fieldOfPart);
        this.state = state;
        this.clock = clock;
    }

    @Override
    public SandboxResponse handle(SandboxRequest request, List<String> pathParameters) {
        Optional<SandboxResponse> headerProblem = companyHeader.check(request, pathParameters.get(0));
        if (headerProblem.isPresent()) {
            return headerProblem.get();
        }
        List<ValidationReport.Message> invalid = validator.errors(request);
        if (!invalid.isEmpty()) {
            return errors.invalidRequest(invalid);
        }
        Update update;
        if (request.isMultipart()) {
            try {
                FormSchemaCheck.Result result = form.check(MultipartForm.read(request));
                if (!result.valid()) {
                    return errors.fieldErrors(result.errors());
                }
                update = new Update(result.values(), Optional.ofNullable(result.files().get(AVATAR)));
            } catch (MultipartForm.MalformedFormException e) {
                return errors.badRequest(e.getMessage());
            }
        } else {
            update = new Update(Json.read(request.body()).path("user"), Optional.empty());
        }
        long companyId = Long.parseLong(pathParameters.get(0));
        long userId = Long.parseLong(pathParameters.get(1));
        if (!state.hasProcoreCompany(companyId)) {
            return errors.notFound("Company " + companyId + " not found.");
        }
        return state.changeProcoreUser(companyId, userId, user -> {
            if (user == null) {
                return errors.notFound("User " + userId + " not found in company " + companyId + ".");
            }
            JsonNode email = update.fields().path("email_address");
            if (email.isTextual() && state.procoreEmailTaken(companyId, userId, email.asText())) {
                return errors.unprocessable(Map.of("email_address", List.of("has already been taken")));
            }
            CompanyUserChanges.apply(user, update.fields(), clock.instant());
            update.avatar().ifPresent(part -> {
                StoredAvatar avatar = new StoredAvatar(part.fileName(),
                        part.contentType() == null ? "application/octet-stream" : part.contentType(), part.bytes());
                state.storeProcoreAvatar(companyId, userId, avatar);
                user.put(AVATAR, avatarUrl(companyId, userId, avatar));
            });
            return SandboxResponse.json(200, user.deepCopy());
        });
    }

    /** {@code user[last_name]} is the field {@code last_name}; other part names stay as they are. */
    static String fieldOfPart(String partName) {
        Matcher matcher = USER_FIELD.matcher(partName);
        return matcher.matches() ? matcher.group(1) : partName;
    }

    /** Where the sandbox says the avatar is; the bytes are in {@link SandboxState#procoreAvatar}. */
    private static String avatarUrl(long companyId, long userId, StoredAvatar avatar) {
        return "sandbox:avatars/" + companyId + "/" + userId + "/"
                + URLEncoder.encode(avatar.fileName(), StandardCharsets.UTF_8);
    }

    private record Update(JsonNode fields, Optional<FormPart> avatar) {
    }
}
