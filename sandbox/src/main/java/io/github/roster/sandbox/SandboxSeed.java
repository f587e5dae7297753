package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data every sandbox starts with: the vendors' reference examples plus a few more records. The ids
 * are public so that tests, the CLI demo and the contract tests can address the seeded records.
 *
 * <p>The records themselves live in {@code io/github/roster/sandbox/seed/*.json} on the classpath.
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

    /** The Procore company of the spec examples. */
    public static final long PROCORE_COMPANY_ID = 8089L;
    /** The spec example company user (John Smith), seeded active as before the spec's example update. */
    public static final long PROCORE_USER_ID = 1234567890123L;
    /** A second company user (Maria Garcia). */
    public static final long PROCORE_OTHER_USER_ID = 9876543210987L;
    /** The vendor of {@link #PROCORE_USER_ID} ("Acme Concrete"). */
    public static final long PROCORE_VENDOR_ID = 4455667788L;

    private static final String BASE = "io/github/roster/sandbox/seed/";

    private SandboxSeed() {
    }

    /** Fills a fresh state with the seed records. */
    static void seed(SandboxState state) {
        Json.readResource(BASE + "bim360-users.json").properties().forEach(account ->
                account.getValue().forEach(user -> state.addBim360User((ObjectNode) user)));
        state.addAccProject(ACC_PROJECT_ID);
        JsonNode procore = Json.readResource(BASE + "procore-users.json");
        procore.properties().forEach(company -> {
            long companyId = Long.parseLong(company.getKey());
            state.addProcoreCompany(companyId);
            company.getValue().forEach(user -> state.addProcoreUser(companyId, (ObjectNode) user));
        });
    }
}
