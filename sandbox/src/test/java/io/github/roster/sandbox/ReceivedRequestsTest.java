package io.github.roster.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** What the sandbox received, as tests inspect it: method, path, query, headers and body, without secrets. */
class ReceivedRequestsTest {

    @Test
    void recordsEachRequestInOrderWithoutAuthorizationValues() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            String path = SandboxClient.bim360UserPath(SandboxSeed.BIM360_ACCOUNT_ID, SandboxSeed.BIM360_USER_ID);
            client.send(client.json("PATCH", path + "?probe=1", "{\"status\":\"inactive\"}"));
            client.send(client.request(OutOfSpecRoutes.HEALTH_PATH).GET());

            assertThat(sandbox.receivedRequests()).hasSize(2);
            ReceivedRequest patch = sandbox.receivedRequests().get(0);
            assertThat(patch.method()).isEqualTo("PATCH");
            assertThat(patch.path()).isEqualTo(path);
            assertThat(patch.rawQuery()).isEqualTo("probe=1");
            assertThat(patch.header("content-type")).hasValue("application/json");
            assertThat(patch.header("Authorization")).hasValue("Bearer " + ReceivedRequest.REDACTED);
            assertThat(patch.bodyText()).isEqualTo("{\"status\":\"inactive\"}");
            assertThat(sandbox.receivedRequests().get(1).path()).isEqualTo(OutOfSpecRoutes.HEALTH_PATH);

            sandbox.clearReceivedRequests();
            assertThat(sandbox.receivedRequests()).isEmpty();
        }
    }

    @Test
    void aClientSecretFormFieldIsNotKept() {
        try (RosterSandbox sandbox = RosterSandbox.builder().build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            client.send(client.request(TokenEndpoints.PROCORE_PATH)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=app&client_secret=hush")));

            assertThat(sandbox.receivedRequests().get(0).bodyText()).isEqualTo(
                    "grant_type=client_credentials&client_id=app&client_secret=" + ReceivedRequest.REDACTED);
        }
    }

    @Test
    void keepsOnlyTheMostRecentRequestsUpToTheLimit() {
        try (RosterSandbox sandbox = RosterSandbox.builder().recordedRequestLimit(2).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            for (String probe : new String[] {"a", "b", "c"}) {
                client.send(client.request(OutOfSpecRoutes.HEALTH_PATH + "?" + probe).GET());
            }
            assertThat(sandbox.receivedRequests()).extracting(ReceivedRequest::rawQuery).containsExactly("b", "c");
        }
        assertThatThrownBy(() -> RosterSandbox.builder().recordedRequestLimit(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
