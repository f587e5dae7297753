package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;

/** How a validated BIM 360 PATCH body changes an account user. */
final class Bim360UserChanges {

    private static final Set<String> STATUS_LOCKED = Set.of("pending", "not_invited");

    private Bim360UserChanges() {
    }

    /** Whether the user's status may not be changed (it is {@code pending} or {@code not_invited}). */
    static boolean statusLocked(JsonNode user) {
        return STATUS_LOCKED.contains(user.path("status").asText());
    }

    /** Sets exactly the attributes present in {@code patch}, and {@code updated_at}. */
    static void apply(ObjectNode user, JsonNode patch, Instant now) {
        patch.properties().forEach(attribute -> user.set(attribute.getKey(), attribute.getValue().deepCopy()));
        user.put("updated_at", Timestamps.autodesk(now));
    }
}
