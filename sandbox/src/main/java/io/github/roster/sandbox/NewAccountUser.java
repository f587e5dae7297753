package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A new BIM 360 / ACC account user made from a validated {@code AccountUserCreate} (create, import, and a
 * project import of an e-mail the account does not have yet): the sent fields, a random {@code id}, the
 * account, {@code role: account_user}, {@code name} from first and last name when absent, the company's
 * name when the account knows the company, and the creation time.
 */
final class NewAccountUser {

    private NewAccountUser() {
    }

    /**
     * @param status {@code not_invited} for a user created in the account; {@code pending} for one invited
     *     through a project
     */
    static ObjectNode from(String accountId, JsonNode sent, String status, Optional<String> companyName,
            Instant now) {
        ObjectNode user = Json.object();
        user.put("id", UUID.randomUUID().toString());
        user.put("account_id", accountId);
        user.put("status", status);
        user.put("role", "account_user");
        sent.properties().forEach(field -> user.set(field.getKey(), field.getValue().deepCopy()));
        if (!user.has("name")) {
            String name = (sent.path("first_name").asText("") + " " + sent.path("last_name").asText("")).trim();
            if (!name.isEmpty()) {
                user.put("name", name);
            }
        }
        companyName.ifPresent(name -> user.put("company_name", name));
        String timestamp = Timestamps.autodesk(now);
        user.put("created_at", timestamp);
        user.put("updated_at", timestamp);
        return user;
    }
}
