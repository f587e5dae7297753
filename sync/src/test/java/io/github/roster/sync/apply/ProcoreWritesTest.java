package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.auth.TokenProvider;
import io.github.roster.http.HttpOptions;
import io.github.roster.http.RetryPolicy;
import io.github.roster.procore.ProcoreDirectoryClient;
import io.github.roster.sandbox.RosterSandbox;
import io.github.roster.sandbox.SandboxFault;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.internal.TargetUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What apply sends to a Procore company, per kind of action, against the sandbox: people with an employee id
 * written as their origin id go through Sync Company Users, where an item our validation refuses is refused alone
 * and the others are still sent; a create without an origin id is sent on its own; an update sends what changed and keeps what did not.
 */
class ProcoreWritesTest extends SandboxWritesTest {

    @Test
    void anInvalidSyncItemIsRefusedAloneAndTheOthersAreSent() {
        PlannedAction first = joiner("J1", "first.joiner@example.com", "Joiner");
        PlannedAction invalid = joiner("J2", "not an address", "Broken");
        PlannedAction third = joiner("J3", "third.joiner@example.com", "Joiner");

        Map<PlannedAction, Attempt> attempts = send(HandMadePlans.COMPANY, List.of(first, invalid, third));

        assertThat(attempts.get(first).result()).isEqualTo(Attempt.Result.TAKEN);
        assertThat(attempts.get(third).result()).isEqualTo(Attempt.Result.TAKEN);
        assertThat(attempts.get(invalid).result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempts.get(invalid).reason()).startsWith("invalid, not sent: ").contains("email_address");
        assertThat(attempts.get(first).reason()).isNull();
        assertThat(announced).last().isEqualTo(List.of(first, third));
        assertThat(SandboxCounts.procore(clients)).containsEntry("first.joiner@example.com", 1)
                .containsEntry("third.joiner@example.com", 1).doesNotContainKey("not an address");
    }

    @Test
    void whenTheSyncRequestGetsNoUsableAnswerEveryItemInItIsUnknown() {
        try (RosterSandbox failing = RosterSandbox.builder().faultRate(1.0).faults(SandboxFault.UNAVAILABLE).build()
                .start();
             ProcoreDirectoryClient procore = ProcoreDirectoryClient.builder().baseUrl(failing.baseUrl().toString())
                     .tokenProvider(TokenProvider.of("t"))
                     .httpOptions(HttpOptions.builder().retryPolicy(RetryPolicy.none()).build()).build()) {
            PlannedAction one = joiner("J1", "first.joiner@example.com", "Joiner");
            PlannedAction two = joiner("J2", "second.joiner@example.com", "Joiner");

            List<Attempt> attempts = new ProcoreWrites(procore, HandMadePlans.COMPANY).send(List.of(one, two), null,
                    announced::add);

            assertThat(attempts).extracting(Attempt::action).containsExactly(one, two);
            assertThat(attempts).allSatisfy(a -> {
                assertThat(a.result()).isEqualTo(Attempt.Result.UNKNOWN);
                assertThat(a.reason()).contains("HTTP 503");
            });
            assertThat(announced).containsExactly(List.of(one, two));
        }
    }

    @Test
    void aCompanyIdOurValidationRefusesRefusesEveryItemAndSendsNothing() {
        PlannedAction one = joiner("J1", "first.joiner@example.com", "Joiner");
        PlannedAction two = joiner("J2", "second.joiner@example.com", "Joiner");

        Map<PlannedAction, Attempt> attempts = send("0", List.of(one, two));

        assertThat(attempts).hasSize(2);
        assertThat(attempts.values()).allSatisfy(a -> {
            assertThat(a.result()).isEqualTo(Attempt.Result.REFUSED);
            assertThat(a.reason()).startsWith("invalid, not sent: ").contains("company_id");
        });
        assertThat(SandboxCounts.procore(clients)).doesNotContainKeys("first.joiner@example.com",
                "second.joiner@example.com");
    }

    @Test
    void aPersonWithoutAnOriginIdIsCreatedOneByOne() {
        PlannedAction create = new PlannedAction(Platform.PROCORE, HandMadePlans.COMPANY, ActionKind.CREATE, "E9",
                "no.origin@example.com", null,
                List.of(new FieldChange("first_name", null, "No"), new FieldChange("last_name", null, "Origin"),
                        new FieldChange("email_address", null, "no.origin@example.com")), null, Map.of());

        Map<PlannedAction, Attempt> attempts = send(HandMadePlans.COMPANY, List.of(create));

        assertThat(attempts.get(create).result()).isEqualTo(Attempt.Result.TAKEN);
        assertThat(announced).containsExactly(List.of(create));
        assertThat(SandboxCounts.procore(clients)).containsEntry("no.origin@example.com", 1);
    }

    @Test
    void anUpdateSendsTheChangedLastNameAndKeepsTheCurrentEmail() {
        PlannedAction rename = new PlannedAction(Platform.PROCORE, HandMadePlans.COMPANY, ActionKind.UPDATE, "E1101",
                "ann.lee@example.com", HandMadePlans.PROCORE_ANN_LEE,
                List.of(new FieldChange("last_name", "Lee", "Lee-Smith")), null, Map.of("status", "active"));

        Map<PlannedAction, Attempt> attempts = send(HandMadePlans.COMPANY, List.of(rename));

        assertThat(attempts.get(rename).result()).isEqualTo(Attempt.Result.TAKEN);
        var stored = sandbox.state().procoreUser(8089L, Long.parseLong(HandMadePlans.PROCORE_ANN_LEE));
        assertThat(stored.path("last_name").asText()).isEqualTo("Lee-Smith");
        assertThat(stored.path("email_address").asText()).isEqualTo("ann.lee@example.com");
        assertThat(stored.path("is_active").asBoolean()).isTrue();
    }

    @Test
    void aKindProcoreHasNoWriteForIsRefused() {
        PlannedAction add = new PlannedAction(Platform.PROCORE, HandMadePlans.COMPANY, ActionKind.ADD_TO_PROJECT,
                "E1", "x@example.com", null, List.of(), null, Map.of());

        Map<PlannedAction, Attempt> attempts = send(HandMadePlans.COMPANY, List.of(add));

        assertThat(attempts.get(add).result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempts.get(add).reason()).isEqualTo("Procore company users cannot be sent a add-to-project");
        assertThat(announced).isEmpty();
    }

    private Map<PlannedAction, Attempt> send(String company, List<PlannedAction> actions) {
        TargetView now = new TargetView(Platform.PROCORE, HandMadePlans.COMPANY,
                TargetUsers.read(clients.autodesk, clients.procore, Platform.PROCORE, HandMadePlans.COMPANY));
        return send(new ProcoreWrites(clients.procore, company), actions, now);
    }

    private static PlannedAction joiner(String employee, String email, String firstName) {
        return new PlannedAction(Platform.PROCORE, HandMadePlans.COMPANY, ActionKind.CREATE, employee, email, null,
                List.of(new FieldChange("first_name", null, firstName), new FieldChange("last_name", null, "Person"),
                        new FieldChange("email_address", null, email), new FieldChange("origin_id", null, employee)),
                null, Map.of());
    }
}
