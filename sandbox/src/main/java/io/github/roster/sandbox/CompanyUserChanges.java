package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;

/**
 * How a validated Procore update (from JSON or from a form) changes a company user: only the sent fields
 * change, an explicit null clears a field, {@code vendor_id} becomes the {@code vendor} object, and
 * {@code name} stays first name + last name.
 */
final class CompanyUserChanges {

    private CompanyUserChanges() {
    }

    static void apply(ObjectNode user, JsonNode changes, Instant now) {
        changes.properties().forEach(change -> {
            String field = change.getKey();
            JsonNode value = change.getValue();
            if ("vendor_id".equals(field)) {
                user.set("vendor", vendor(user.path("vendor"), value));
            } else {
                user.set(field, value.deepCopy());
            }
        });
        user.set("name", displayName(user));
        user.put("updated_at", Timestamps.iso(now));
    }

    private static JsonNode vendor(JsonNode current, JsonNode vendorId) {
        if (vendorId.isNull()) {
            return NullNode.getInstance();
        }
        if (current.path("id").asLong() == vendorId.asLong()) {
            return current.deepCopy();
        }
        ObjectNode vendor = Json.object();
        vendor.put("id", vendorId.asLong());
        return vendor;
    }

    private static JsonNode displayName(JsonNode user) {
        String first = text(user.path("first_name"));
        String last = text(user.path("last_name"));
        String name = (first + " " + last).trim();
        return name.isEmpty() ? NullNode.getInstance() : TextNode.valueOf(name);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText().trim() : "";
    }
}
