package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.accImportPath;
import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxClient.body;
import static io.github.roster.sandbox.SandboxSeed.ACC_PROJECT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A spec operation without a registered handler is answered 501 in the vendor's shape, after validation. */
class NotImplementedTest extends SandboxTestBase {

    @Override
    protected RosterSandbox.Builder configure(RosterSandbox.Builder builder) {
        return builder.handlers((state, clock) -> new OperationHandlers(Map.of(
                "updateAccountUser", new UpdateAccountUserHandler(state, clock))));
    }

    @Test
    void operationWithoutAHandlerIs501() {
        HttpResponse<String> response = send(client.json("POST", accImportPath(ACC_PROJECT_ID),
                AccValidationTest.users(1)));
        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(body(response).path("code").asText()).isEqualTo("ERR_NOT_IMPLEMENTED");
        assertThat(body(response).path("message").asText()).contains("importProjectUsers", "users:import");
    }

    @Test
    void invalidRequestToAnUnimplementedOperationIsStill400() {
        HttpResponse<String> response = send(client.json("POST", accImportPath(ACC_PROJECT_ID), "{\"users\": []}"));
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void registeredHandlersStillAnswer() {
        assertThat(send(client.json("PATCH", bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID),
                "{\"status\": \"inactive\"}")).statusCode()).isEqualTo(200);
    }

    @Test
    void aHandlerForAnOperationNoSpecDeclaresFailsTheBuild() {
        RosterSandbox.Builder builder = RosterSandbox.builder().handlers((state, clock) -> new OperationHandlers(
                Map.of("updateAccountUsr", new UpdateAccountUserHandler(state, clock))));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("updateAccountUsr");
    }
}
