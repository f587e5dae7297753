package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_ANN_LEE_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_INACTIVE_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_OTHER_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Procore Sync Company Users: per item update or create, errors per item, always 200. */
class SyncCompanyUsersTest extends SandboxTestBase {

    private static final String SYNC = "/rest/v1.3/companies/" + PROCORE_COMPANY_ID + "/users/sync";

    private JsonNode sync(String updates) {
        HttpResponse<String> response = send(client.procore("PATCH", PROCORE_COMPANY_ID, SYNC,
                "{\"updates\": [" + updates + "]}"));
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY, SYNC, Request.Method.PATCH, response);
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response);
    }

    @Test
    void anItemWithIdUpdatesThatUser() {
        JsonNode result = sync("{\"id\": " + PROCORE_OTHER_USER_ID + ", \"job_title\": \"Superintendent\"}");

        assertThat(result.path("errors")).isEmpty();
        assertThat(result.path("entities").get(0).path("id").asLong()).isEqualTo(PROCORE_OTHER_USER_ID);
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID).path("job_title").asText())
                .isEqualTo("Superintendent");
    }

    @Test
    void anUnknownIdIsAnErrorItemEchoingWhatWasSent() {
        JsonNode result = sync("{\"id\": 42, \"is_active\": false}");

        assertThat(result.path("entities")).isEmpty();
        JsonNode error = result.path("errors").get(0);
        assertThat(error.path("id").asLong()).isEqualTo(42);
        assertThat(error.path("is_active").asBoolean(true)).isFalse();
        assertThat(error.path("errors").path("id").get(0).asText()).isEqualTo("not found");
    }

    @Test
    void anOriginIdUpdatesItsUserOrCreatesOne() {
        JsonNode result = sync("{\"origin_id\": \"E-1101\", \"is_active\": false},"
                + " {\"origin_id\": \"E-3003\", \"last_name\": \"Newman\", \"email_address\": \"newman@example.com\"}");

        assertThat(result.path("errors")).isEmpty();
        assertThat(result.path("entities").get(0).path("id").asLong()).isEqualTo(PROCORE_ANN_LEE_ID);
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_ANN_LEE_ID).path("is_active").asBoolean()).isFalse();
        JsonNode created = result.path("entities").get(1);
        assertThat(created.path("origin_id").asText()).isEqualTo("E-3003");
        assertThat(created.path("is_active").asBoolean()).isTrue();
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, created.path("id").asLong())).isEqualTo(created);
    }

    @Test
    void syncCanReactivate() {
        JsonNode result = sync("{\"id\": " + PROCORE_INACTIVE_USER_ID + ", \"is_active\": true}");

        assertThat(result.path("entities").get(0).path("is_active").asBoolean()).isTrue();
        HttpResponse<String> inactive = send(client.procore("GET", PROCORE_COMPANY_ID,
                "/rest/v1.0/companies/" + PROCORE_COMPANY_ID + "/users/inactive", null));
        assertThat(body(inactive)).isEmpty();
    }

    @Test
    void anItemWithNeitherIdNorOriginIdCreatesAUser() {
        JsonNode result = sync("{\"last_name\": \"Plain\", \"email_address\": \"plain@example.com\"}");

        JsonNode created = result.path("entities").get(0);
        assertThat(created.path("id").asLong()).isGreaterThan(Integer.MAX_VALUE);
        assertThat(created.path("origin_id").isNull()).isTrue();
    }

    @Test
    void takenEmailsAndMissingFieldsAreErrorItemsWhileTheRestSucceeds() {
        JsonNode result = sync("{\"origin_id\": \"E-4004\", \"last_name\": \"Dup\", \"email_address\": \"JOHN.SMITH@example.com\"},"
                + " {\"id\": " + PROCORE_OTHER_USER_ID + ", \"email_address\": \"ann.lee@example.com\"},"
                + " {\"origin_id\": \"E-5005\", \"first_name\": \"Nolast\"},"
                + " {\"origin_id\": \"E-6006\", \"last_name\": \"Fine\", \"email_address\": \"fine@example.com\"},"
                + " {\"origin_id\": \"E-7007\", \"last_name\": \"Twice\", \"email_address\": \"FINE@example.com\"}");

        assertThat(result.path("entities")).hasSize(1);
        assertThat(result.path("entities").get(0).path("origin_id").asText()).isEqualTo("E-6006");
        JsonNode errors = result.path("errors");
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0).path("origin_id").asText()).isEqualTo("E-4004");
        assertThat(errors.get(0).path("errors").path("email_address").get(0).asText()).isEqualTo("has already been taken");
        assertThat(errors.get(1).path("id").asLong()).isEqualTo(PROCORE_OTHER_USER_ID);
        assertThat(errors.get(1).path("errors").path("email_address").get(0).asText()).isEqualTo("has already been taken");
        assertThat(errors.get(2).path("errors").path("last_name").get(0).asText()).isEqualTo("can't be blank");
        assertThat(errors.get(2).path("errors").path("email_address").get(0).asText()).isEqualTo("can't be blank");
        assertThat(errors.get(3).path("origin_id").asText()).isEqualTo("E-7007");
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID).path("email_address").asText())
                .isEqualTo("maria.garcia@example.com");
    }

    @Test
    void moreThan1000ItemsAreRefusedWhole() {
        StringBuilder updates = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            updates.append(i == 0 ? "" : ",").append("{\"origin_id\": \"B-").append(i)
                    .append("\", \"last_name\": \"Bulk\", \"email_address\": \"bulk").append(i).append("@example.com\"}");
        }
        HttpResponse<String> response = send(client.procore("PATCH", PROCORE_COMPANY_ID, SYNC,
                "{\"updates\": [" + updates + "]}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(state().companyUsers().idByOriginId(PROCORE_COMPANY_ID, "B-0")).isEmpty();
    }
}
