package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** BIM 360 {@code GET /hq/v1/accounts/{account_id}/users/{user_id}}: the stored user, or the hq 404s. */
class GetAccountUserTest extends SandboxTestBase {

    private HttpResponse<String> get(String accountId, String userId) {
        return send(client.request(bim360UserPath(accountId, userId)).header("Authorization", "Bearer " + SandboxClient.TOKEN).GET());
    }

    @Test
    void answersTheStoredUserAsTheSpecDescribesIt() {
        HttpResponse<String> response = get(BIM360_ACCOUNT_ID, BIM360_USER_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(state().bim360User(BIM360_ACCOUNT_ID, BIM360_USER_ID));
        SpecConformance.assertConforms(RosterSpec.AUTODESK_ACCOUNT_ADMIN,
                bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID), Request.Method.GET, response);
    }

    @Test
    void aChangeIsSeenByTheNextRead() {
        send(client.json("PATCH", bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID), "{\"default_role\":\"Estimator\"}"));

        assertThat(body(get(BIM360_ACCOUNT_ID, BIM360_USER_ID)).path("default_role").asText()).isEqualTo("Estimator");
    }

    @Test
    void anUnknownUserOrAccountIsTheHq404() {
        HttpResponse<String> noUser = get(BIM360_ACCOUNT_ID, UUID.randomUUID().toString());
        HttpResponse<String> noAccount = get(UUID.randomUUID().toString(), BIM360_USER_ID);

        assertThat(noUser.statusCode()).isEqualTo(404);
        assertThat(body(noUser).path("message").asText()).contains("user");
        assertThat(noAccount.statusCode()).isEqualTo(404);
        assertThat(body(noAccount).path("code").asInt()).isEqualTo(1004);
    }

    @Test
    void anIdThatIsNoUuidIsRefusedBeforeTheHandler() {
        HttpResponse<String> response = get(BIM360_ACCOUNT_ID, "not-a-uuid");

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
