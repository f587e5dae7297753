package io.github.roster.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.roster.autodesk.AutodeskIds;
import io.github.roster.client.autodesk.model.AccountUserCreate;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of the spec's {@code AccountUserCreate}, read from the generated model, and a user built from
 * their text values: the {@code create-user} options and the {@code import-users} CSV columns are both these
 * wire names, so neither keeps a field list of its own.
 */
final class Bim360UserFields {

    static final List<ModelFields.ModelField> FIELDS = ModelFields.of(AccountUserCreate.class);

    private Bim360UserFields() {
    }

    /**
     * A user from wire name to text; absent and empty values are not set. Ids accept the {@code b.} form.
     *
     * @param values wire name to text
     * @param at the path prefix of violations, e.g. {@code users[3].}
     * @param violations where unreadable values are added
     */
    static AccountUserCreate user(Map<String, String> values, String at, List<Violation> violations) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (ModelFields.ModelField f : FIELDS) {
            String raw = values.get(f.wireName());
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            if (f.type() == UUID.class) {
                try {
                    body.put(f.wireName(), AutodeskIds.parse(raw, at + f.wireName()).toString());
                } catch (ValidationException e) {
                    violations.addAll(e.violations());
                }
            } else {
                body.put(f.wireName(), raw);
            }
        }
        try {
            return Printer.mapper().treeToValue(body, AccountUserCreate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot build a user from " + body.properties().size() + " fields", e);
        }
    }
}
