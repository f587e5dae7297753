package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Procore {@code PATCH /rest/v1.3/companies/{company_id}/users/{id}} ({@code updateCompanyUser}), with a JSON
 * body ({@code {"user": {...}}}) or a multipart/form-data body ({@code user[field]} parts, {@code user[avatar]}
 * file) whose fields the pipeline has already checked against the spec's form schema.
 */
record UpdateCompanyUserHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final String AVATAR = "avatar";

    private static final ProcoreErrors ERRORS = new ProcoreErrors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        Update update = request.form()
                .map(form -> new Update(form.values(), Optional.ofNullable(form.files().get(AVATAR))))
                .orElseGet(() -> new Update(Json.read(request.body()).path("user"), Optional.empty()));
        long companyId = Long.parseLong(parameters.get("company_id"));
        long userId = Long.parseLong(parameters.get("id"));
        if (!state.companyUsers().hasCompany(companyId)) {
            return ERRORS.notFound("Company " + companyId + " not found.");
        }
        return state.companyUsers().change(companyId, userId, user -> {
            if (user == null) {
                return ERRORS.notFound("User " + userId + " not found in company " + companyId + ".");
            }
            JsonNode email = update.fields().path("email_address");
            if (email.isTextual() && state.companyUsers().emailTaken(companyId, userId, email.asText())) {
                return ERRORS.unprocessable(CreateCompanyUserHandler.EMAIL_TAKEN);
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

    /** Where the sandbox says the avatar is; the bytes are in {@link SandboxState#procoreAvatar}. */
    private static String avatarUrl(long companyId, long userId, StoredAvatar avatar) {
        return "sandbox:avatars/" + companyId + "/" + userId + "/"
                + URLEncoder.encode(avatar.fileName(), StandardCharsets.UTF_8);
    }

    private record Update(JsonNode fields, Optional<FormPart> avatar) {
    }
}
