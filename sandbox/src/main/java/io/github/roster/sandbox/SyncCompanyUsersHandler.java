package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Procore {@code PATCH /rest/v1.3/companies/{company_id}/users/sync} ({@code syncCompanyUsers}), item by item
 * in request order: an item with {@code id} updates that user (an unknown id is an error
 * {@code {id: ["not found"]}}); else an item with {@code origin_id} updates the user with that origin id or
 * creates one; else it creates a user. A create needs {@code last_name} and {@code email_address} as Create
 * Company User does ({@code ["can't be blank"]} otherwise); an e-mail another user of the company has is an
 * error {@code {email_address: ["has already been taken"]}}. Always 200 with {@code entities} (the users
 * created or updated) and {@code errors} (each failed item as sent plus its {@code errors}).
 */
record SyncCompanyUsersHandler(SandboxState state, Clock clock) implements OperationHandler {

    private static final List<String> REQUIRED_TO_CREATE = List.of("last_name", "email_address");
    private static final ProcoreErrors ERRORS = new ProcoreErrors();

    @Override
    public SandboxResponse handle(SandboxRequest request, PathParameters parameters) {
        long companyId = Long.parseLong(parameters.get("company_id"));
        if (!state.companyUsers().hasCompany(companyId)) {
            return ERRORS.notFound("Company " + companyId + " not found.");
        }
        Instant now = clock.instant();
        ArrayNode entities = Json.array();
        ArrayNode errors = Json.array();
        for (JsonNode item : Json.read(request.body()).path("updates")) {
            Outcome outcome = apply(companyId, (ObjectNode) item, now);
            if (outcome.user() != null) {
                entities.add(outcome.user());
            } else {
                errors.add(errorItem(item, outcome.errors()));
            }
        }
        ObjectNode body = Json.object();
        body.set("entities", entities);
        body.set("errors", errors);
        return SandboxResponse.json(200, body);
    }

    private Outcome apply(long companyId, ObjectNode item, Instant now) {
        if (item.has("id")) {
            return update(companyId, item.path("id").asLong(), item, now);
        }
        Optional<Long> byOrigin = item.path("origin_id").isTextual()
                ? state.companyUsers().idByOriginId(companyId, item.path("origin_id").asText())
                : Optional.empty();
        return byOrigin.map(id -> update(companyId, id, item, now)).orElseGet(() -> create(companyId, item, now));
    }

    private Outcome update(long companyId, long userId, ObjectNode item, Instant now) {
        CompanyUsers users = state.companyUsers();
        return users.change(companyId, userId, user -> {
            if (user == null) {
                return Outcome.failed(Map.of("id", List.of("not found")));
            }
            JsonNode email = item.path("email_address");
            if (email.isTextual() && users.emailTaken(companyId, userId, email.asText())) {
                return Outcome.failed(CreateCompanyUserHandler.EMAIL_TAKEN);
            }
            ObjectNode changes = item.deepCopy();
            changes.remove("id");
            CompanyUserChanges.apply(user, changes, now);
            return Outcome.done(user.deepCopy());
        });
    }

    private Outcome create(long companyId, ObjectNode item, Instant now) {
        List<String> missing = REQUIRED_TO_CREATE.stream()
                .filter(field -> !item.path(field).isTextual() || item.path(field).asText().isBlank()).toList();
        if (!missing.isEmpty()) {
            Map<String, List<String>> blank = new LinkedHashMap<>();
            missing.forEach(field -> blank.put(field, List.of("can't be blank")));
            return Outcome.failed(blank);
        }
        return state.companyUsers().create(companyId, NewCompanyUser.from(item, now))
                .map(Outcome::done)
                .orElseGet(() -> Outcome.failed(CreateCompanyUserHandler.EMAIL_TAKEN));
    }

    private static ObjectNode errorItem(JsonNode item, Map<String, List<String>> errors) {
        ObjectNode failed = item.deepCopy();
        ObjectNode fields = failed.putObject("errors");
        errors.forEach((field, messages) -> messages.forEach(fields.putArray(field)::add));
        return failed;
    }

    /** What happened to one item: the user as stored, or the field errors. */
    private record Outcome(JsonNode user, Map<String, List<String>> errors) {

        static Outcome done(JsonNode user) {
            return new Outcome(user, Map.of());
        }

        static Outcome failed(Map<String, List<String>> errors) {
            return new Outcome(null, errors);
        }
    }
}
