package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a user a member of an ACC project, as users:import does and as the seed lists members: the member
 * is the account user with the same e-mail in the project's account (created {@code pending} when the
 * account has none, as an invitation through a project adds the person to the account), so its {@code id} is
 * that user's id and its {@code autodeskId} that user's {@code uid} (given one when it had none). The e-mail
 * links, not the import's optional {@code userId}. An existing member is updated with what was sent (roles,
 * products and company it was not sent keep their values) and takes the given status again.
 */
final class ProjectEnrolment {

    private final AccountUsers accountUsers;
    private final ProjectMembers members;

    ProjectEnrolment(SandboxState state) {
        this.accountUsers = state.accountUsers();
        this.members = state.projectMembers();
    }

    /**
     * @param projectId an existing project
     * @param sent a {@code ProjectUserImport}-shaped user ({@code email}, optional {@code firstName},
     *     {@code lastName}, {@code companyId}, {@code roleIds}, {@code products})
     * @param status the member's status ({@code active} for an import)
     */
    void enrol(String projectId, JsonNode sent, String status, Instant now) {
        String accountId = members.accountOf(projectId)
                .orElseThrow(() -> new IllegalStateException("unknown project " + projectId));
        JsonNode accountUser = accountUserFor(accountId, sent, now);
        String timestamp = Timestamps.iso(now);
        ObjectNode member = Json.object();
        member.put("id", accountUser.path("id").asText());
        member.put("email", accountUser.path("email").asText());
        String firstName = sent.path("firstName").asText(accountUser.path("first_name").asText(""));
        String lastName = sent.path("lastName").asText(accountUser.path("last_name").asText(""));
        member.put("firstName", firstName);
        member.put("lastName", lastName);
        member.put("name", (firstName + " " + lastName).trim());
        member.put("autodeskId", accountUser.path("uid").asText());
        member.put("status", status);
        Optional<JsonNode> existing = members.read(projectId, accountUser.path("id").asText());
        String companyId = sent.path("companyId").asText(existing.map(known -> known.path("companyId"))
                .orElse(accountUser.path("company_id")).asText(""));
        if (!companyId.isEmpty()) {
            member.put("companyId", companyId);
            accountUsers.companyName(accountId, companyId).ifPresent(name -> member.put("companyName", name));
        }
        member.set("roleIds", sentOrKept(sent, existing, "roleIds"));
        member.set("products", sentOrKept(sent, existing, "products"));
        ObjectNode access = member.putObject("accessLevels");
        access.put("accountAdmin", "account_admin".equals(accountUser.path("role").asText()));
        access.put("projectAdmin", isProjectAdmin(member.get("products")));
        access.put("executive", false);
        member.put("addedOn", sent.path("addedOn").asText(timestamp));
        member.put("updatedAt", timestamp);
        members.upsert(projectId, member);
    }

    /** The array as sent; else as the existing member has it; else empty. */
    private static JsonNode sentOrKept(JsonNode sent, Optional<JsonNode> existing, String field) {
        if (sent.path(field).isArray()) {
            return sent.get(field).deepCopy();
        }
        JsonNode kept = existing.map(member -> member.path(field)).orElse(Json.array());
        return kept.isArray() ? kept.deepCopy() : Json.array();
    }

    /** Whether the products make the member a project administrator. */
    static boolean isProjectAdmin(JsonNode products) {
        for (JsonNode product : products) {
            if ("projectAdministration".equals(product.path("key").asText())
                    && "administrator".equals(product.path("access").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode accountUserFor(String accountId, JsonNode sent, Instant now) {
        String email = sent.path("email").asText();
        Optional<JsonNode> found = accountUsers.findByEmail(accountId, email);
        JsonNode user = found.orElseGet(() -> {
            ObjectNode invited = Json.object();
            invited.put("email", email);
            copyText(sent, "firstName", invited, "first_name");
            copyText(sent, "lastName", invited, "last_name");
            copyText(sent, "companyId", invited, "company_id");
            ObjectNode created = NewAccountUser.from(accountId, invited, "pending",
                    accountUsers.companyName(accountId, invited.path("company_id").asText("")), now);
            created.put("uid", newAutodeskId());
            return accountUsers.addUnlessEmailTaken(accountId, created)
                    .orElseGet(() -> accountUsers.findByEmail(accountId, email).orElseThrow());
        });
        if (user.path("uid").isTextual()) {
            return user;
        }
        return accountUsers.change(accountId, user.path("id").asText(), live -> {
            if (!live.path("uid").isTextual()) {
                live.put("uid", newAutodeskId());
            }
            return live.deepCopy();
        });
    }

    private static void copyText(JsonNode from, String name, ObjectNode to, String as) {
        if (from.path(name).isTextual()) {
            to.put(as, from.path(name).asText());
        }
    }

    /** Twelve upper-case letters and digits, the form of Autodesk ids ({@code L9EBJKCGCXBB}). */
    private static String newAutodeskId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }
}
