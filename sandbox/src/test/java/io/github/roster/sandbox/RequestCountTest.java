package io.github.roster.sandbox;

import static io.github.roster.sandbox.SandboxClient.bim360UserPath;
import static io.github.roster.sandbox.SandboxSeed.BIM360_ACCOUNT_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_PENDING_USER_ID;
import static io.github.roster.sandbox.SandboxSeed.BIM360_USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state counts every answered request by path and status. */
class RequestCountTest extends SandboxTestBase {

    private static final String USER = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_USER_ID);
    private static final String PENDING = bim360UserPath(BIM360_ACCOUNT_ID, BIM360_PENDING_USER_ID);

    @Test
    void requestsAreCountedByPathAndStatus() {
        send(client.json("PATCH", USER, "{}"));
        send(client.json("PATCH", USER, "{}"));
        send(client.json("PATCH", USER, "{\"status\": \"gone\"}"));
        send(client.json("PATCH", PENDING, "{\"status\": \"active\"}"));

        assertThat(state().requestCount(USER, 200)).isEqualTo(2);
        assertThat(state().requestCount(USER, 400)).isEqualTo(1);
        assertThat(state().requestCount(USER)).isEqualTo(3);
        assertThat(state().requestCount(PENDING, 409)).isEqualTo(1);
        assertThat(state().requestCount("/never/asked", 200)).isZero();
        assertThat(state().requestCounts()).containsEntry(USER, Map.of(200, 2L, 400, 1L))
                .containsEntry(PENDING, Map.of(409, 1L));
    }
}
