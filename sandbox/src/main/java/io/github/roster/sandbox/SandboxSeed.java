package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The data every sandbox starts with unless given another seed: the vendors' reference examples plus a few
 * more records (three ACC projects with members, a user in several projects, an inactive Procore user, users
 * whose e-mails a fuzzy search confuses). The ids are public so that tests, the CLI demo and the contract
 * tests can address the seeded records.
 *
 * <p>The records themselves live in {@code io/github/roster/sandbox/seed/default-seed.json} on the classpath,
 * in the seed format {@link RosterSandbox.Builder#seed(java.nio.file.Path)} documents.
 */
public final class SandboxSeed {

    /** The BIM 360 account of the reference example. */
    public static final String BIM360_ACCOUNT_ID = "9dbb160e-b904-458b-bc5c-ed184687592d";
    /** The reference example user (John Smith), seeded {@code active} so that the example PATCH to inactive works. */
    public static final String BIM360_USER_ID = "a75e8769-621e-40b6-a524-0cffdd2f784e";
    /** A user whose status is {@code pending}: changing its status answers 409. */
    public static final String BIM360_PENDING_USER_ID = "5f0d6a62-3c47-4b8e-9a11-2f4c8d7e6b01";
    /** A user whose status is {@code not_invited}: changing its status answers 409. */
    public static final String BIM360_NOT_INVITED_USER_ID = "8e2b4c19-7a5d-4f3e-b6c2-91d0e3f4a5b2";
    /** The default company of the reference example user ("Autodesk"). */
    public static final String BIM360_COMPANY_ID = "14e95a5e-02eb-49aa-a39a-447d90544873";
    /** A second company of the account ("Contoso Builders"), the not-invited user's. */
    public static final String BIM360_OTHER_COMPANY_ID = "c0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b";

    /** The ACC project of the reference example. */
    public static final String ACC_PROJECT_ID = "367d5cc2-9008-462c-96e5-c9491db85d93";

    /** A second ACC project ("Airport Terminal 2", platform {@code bim360}) of the same account. */
    public static final String ACC_OTHER_PROJECT_ID = "4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    /** An archived ACC project ("Library Retrofit") of the same account. */
    public static final String ACC_ARCHIVED_PROJECT_ID = "5b2c3d4e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    /** The Autodesk id ({@code uid}) of {@link #BIM360_USER_ID}, a member of all three projects. */
    public static final String BIM360_USER_AUTODESK_ID = "L9EBJKCGCXBB";
    /** Ann Lee, {@code ann.lee@example.com}: a member of {@link #ACC_PROJECT_ID}. */
    public static final String BIM360_ANN_LEE_ID = "1b6e0c57-4a2f-4d8e-9c31-7f5a2e9d0c11";
    /**
     * Joann Lee, {@code joann.lee@example.com}: a fuzzy search for Ann Lee's e-mail finds her too; a member
     * of {@link #ACC_OTHER_PROJECT_ID}.
     */
    public static final String BIM360_JOANN_LEE_ID = "2c7f1d68-5b3a-4e9f-8d42-8a6b3f0e1d22";
    /** Lee Ann, {@code lee.ann@contoso.example}, {@code inactive}; a removed ({@code deleted}) project member. */
    public static final String BIM360_LEE_ANN_ID = "3d8a2e79-6c4b-4fa0-9e53-9b7c4a1f2e33";

    /** The Procore company of the spec examples. */
    public static final long PROCORE_COMPANY_ID = 8089L;
    /** The spec example company user (John Smith), seeded active as before the spec's example update. */
    public static final long PROCORE_USER_ID = 1234567890123L;
    /** A second company user (Maria Garcia). */
    public static final long PROCORE_OTHER_USER_ID = 9876543210987L;
    /** The vendor of {@link #PROCORE_USER_ID} ("Acme Concrete"). */
    public static final long PROCORE_VENDOR_ID = 4455667788L;

    /** An inactive company user (Fran Former, origin id {@code E-0999}). */
    public static final long PROCORE_INACTIVE_USER_ID = 1234567890125L;
    /** An active company user, Ann Lee ({@code ann.lee@example.com}, origin id {@code E-1101}). */
    public static final long PROCORE_ANN_LEE_ID = 2233445566771L;
    /** An active company user, Joann Lee ({@code joann.lee@example.com}, origin id {@code E-1102}). */
    public static final long PROCORE_JOANN_LEE_ID = 2233445566772L;

    private static final String DEFAULT = "io/github/roster/sandbox/seed/default-seed.json";

    private SandboxSeed() {
    }

    /** The default world, the classpath resource {@code io/github/roster/sandbox/seed/default-seed.json}. */
    static JsonNode defaultWorld() {
        return Json.readResource(DEFAULT);
    }

    /**
     * Fills a fresh state with a world in the seed format (see {@link RosterSandbox.Builder#seed}): accounts
     * with their users and projects (whose members are enrolled as users:import enrols them), then
     * companies with their users.
     *
     * @throws IllegalArgumentException naming what is wrong when the world does not follow the format
     */
    static void seed(SandboxState state, JsonNode world, Instant now) {
        if (!world.isObject()) {
            throw new IllegalArgumentException("a seed is a JSON object with \"autodesk\" and/or \"procore\"");
        }
        ProjectEnrolment enrolment = new ProjectEnrolment(state);
        for (JsonNode account : list(world.path("autodesk"), "accounts")) {
            String accountId = text(account, "id", "autodesk.accounts[]");
            state.accountUsers().addAccount(accountId);
            for (JsonNode user : list(account, "users")) {
                ObjectNode copy = object(user, "autodesk.accounts[].users[]").deepCopy();
                text(copy, "id", "autodesk.accounts[].users[]");
                text(copy, "email", "autodesk.accounts[].users[]");
                copy.put("account_id", accountId);
                state.accountUsers().add(copy);
            }
            for (JsonNode project : list(account, "projects")) {
                ObjectNode info = object(project, "autodesk.accounts[].projects[]").deepCopy();
                String projectId = text(info, "id", "autodesk.accounts[].projects[]");
                JsonNode members = info.remove("members");
                info.put("accountId", accountId);
                state.projectMembers().addProject(info);
                for (JsonNode member : members == null ? Json.array() : members) {
                    text(member, "email", "autodesk.accounts[].projects[].members[]");
                    enrolment.enrol(projectId, member, member.path("status").asText("active"), now);
                }
            }
        }
        for (JsonNode company : list(world.path("procore"), "companies")) {
            JsonNode id = company.path("id");
            if (!id.canConvertToLong() || id.asLong() < 1) {
                throw new IllegalArgumentException("procore.companies[].id must be a positive integer, was " + id);
            }
            state.companyUsers().addCompany(id.asLong());
            for (JsonNode user : list(company, "users")) {
                ObjectNode copy = object(user, "procore.companies[].users[]");
                if (!copy.path("id").canConvertToLong()) {
                    throw new IllegalArgumentException("procore.companies[].users[].id must be an integer: " + user);
                }
                state.companyUsers().add(id.asLong(), copy);
            }
        }
    }

    private static Iterable<JsonNode> list(JsonNode parent, String name) {
        JsonNode items = parent.path(name);
        if (items.isMissingNode()) {
            return Json.array();
        }
        if (!items.isArray()) {
            throw new IllegalArgumentException("\"" + name + "\" must be an array, was " + items);
        }
        return items;
    }

    private static ObjectNode object(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be an object, was " + node);
        }
        return (ObjectNode) node;
    }

    private static String text(JsonNode node, String field, String where) {
        if (!node.path(field).isTextual() || node.path(field).asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + field + " must be a non-empty string: " + node);
        }
        return node.path(field).asText();
    }
}
