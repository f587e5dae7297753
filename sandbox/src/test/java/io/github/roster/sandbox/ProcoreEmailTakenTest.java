package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxClient.procoreUserPath;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_COMPANY_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_OTHER_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.PROCORE_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import io.github.roster.specs.RosterSpec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Procore refuses an e-mail address another user of the company has, with 422 field errors. */
class ProcoreEmailTakenTest extends SandboxTestBase {

    @Test
    void anotherUsersEmailIs422AndChangesNothing() {
        var before = state().procoreUser(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID);

        HttpResponse<String> response = send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID,
                "{\"user\": {\"last_name\": \"Garcia\", \"email_address\": \"John.Smith@Example.com\"}}"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(body(response).path("errors").path("email_address").get(0).asText())
                .isEqualTo("has already been taken");
        assertThat(state().procoreUser(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID)).isEqualTo(before);
        SpecConformance.assertConforms(RosterSpec.PROCORE_DIRECTORY,
                procoreUserPath(PROCORE_COMPANY_ID, PROCORE_OTHER_USER_ID), Request.Method.PATCH, response);
    }

    @Test
    void aUserKeepingTheirOwnEmailIsFine() {
        HttpResponse<String> response = send(client.procoreJson(PROCORE_COMPANY_ID, PROCORE_USER_ID,
                "{\"user\": {\"last_name\": \"Smith\", \"email_address\": \"john.smith@example.com\"}}"));
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
