package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.roster.client.autodesk.model.ProjectUser;
import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * What apply sends to an ACC project, against the sandbox: additions go in one import, where a person whose
 * products cannot be read is refused alone and never sent; an update sends exactly the fields that changed.
 */
class AccWritesTest extends SandboxWritesTest {

    @Test
    void anAdditionWithUnreadableProductsIsRefusedAloneAndTheOthersAreImported() {
        PlannedAction good = addition("J1", "good.joiner@example.com", "docs:member;build:administrator");
        PlannedAction bad = addition("J2", "bad.joiner@example.com", "docs");
        PlannedAction alsoGood = addition("J3", "other.joiner@example.com", "docs:member");

        Map<PlannedAction, Attempt> attempts = send(List.of(good, bad, alsoGood));

        assertThat(attempts.get(bad).result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempts.get(bad).reason()).isEqualTo("invalid, not sent: products: 'docs' is not key:access");
        for (PlannedAction sent : List.of(good, alsoGood)) {
            assertThat(attempts.get(sent).result()).isEqualTo(Attempt.Result.TAKEN);
            assertThat(attempts.get(sent).requestIds()).singleElement().asString().startsWith("job ");
        }
        assertThat(announced).containsExactly(List.of(good, alsoGood));
        assertThat(SandboxCounts.accImports(sandbox)).containsEntry("good.joiner@example.com", 1)
                .containsEntry("other.joiner@example.com", 1).doesNotContainKey("bad.joiner@example.com");
        ProjectUser imported = member("good.joiner@example.com");
        assertThat(imported.getProducts()).extracting(p -> p.getKey() + ":" + p.getAccess())
                .contains("docs:member", "build:administrator");
    }

    @Test
    void anAdditionCarriesEveryRoleItsPlanLists() {
        String engineer = "287d5cc2-9008-462c-96e5-c9491db85d97";
        String manager = "3a1f2e4d-5b6c-4d7e-8f90-a1b2c3d4e5f6";
        PlannedAction add = new PlannedAction(Platform.ACC, HandMadePlans.PROJECT, ActionKind.ADD_TO_PROJECT, "J4",
                "roles.joiner@example.com", null,
                List.of(new FieldChange("email", null, "roles.joiner@example.com"),
                        new FieldChange("products", null, "docs:member"),
                        new FieldChange("role_ids", null, engineer + ", ," + manager)), null, Map.of());

        Map<PlannedAction, Attempt> attempts = send(List.of(add));

        assertThat(attempts.get(add).result()).isEqualTo(Attempt.Result.TAKEN);
        assertThat(member("roles.joiner@example.com").getRoleIds()).containsExactlyInAnyOrder(engineer, manager);
    }

    @Test
    void anUpdateSendsTheChangedProductsAndRoles() {
        PlannedAction update = new PlannedAction(Platform.ACC, HandMadePlans.PROJECT, ActionKind.UPDATE_PROJECT_MEMBER,
                "E1101", "ann.lee@example.com", HandMadePlans.ANN_LEE,
                List.of(new FieldChange("products", "docs:member;build:member", "docs:administrator"),
                        new FieldChange("role_ids", "287d5cc2-9008-462c-96e5-c9491db85d97", null)),
                null, Map.of("status", "active"));

        Map<PlannedAction, Attempt> attempts = send(List.of(update));

        assertThat(attempts.get(update).result()).isEqualTo(Attempt.Result.TAKEN);
        ProjectUser ann = member("ann.lee@example.com");
        assertThat(ann.getProducts()).extracting(p -> p.getKey() + ":" + p.getAccess()).contains("docs:administrator")
                .doesNotContain("docs:member");
        assertThat(ann.getRoleIds()).isEmpty();
    }

    @Test
    void anUpdateWithACompanyIdThatIsNoIdIsRefusedAndNotSent() {
        PlannedAction update = new PlannedAction(Platform.ACC, HandMadePlans.PROJECT, ActionKind.UPDATE_PROJECT_MEMBER,
                "E1101", "ann.lee@example.com", HandMadePlans.ANN_LEE,
                List.of(new FieldChange("company_id", null, "acme")), null, Map.of("status", "active"));
        long before = sandbox.receivedRequests().size();

        Map<PlannedAction, Attempt> attempts = send(List.of(update));

        assertThat(attempts.get(update).result()).isEqualTo(Attempt.Result.REFUSED);
        assertThat(attempts.get(update).reason()).startsWith("invalid, not sent: ");
        assertThat(announced).isEmpty();
        assertThat(sandbox.receivedRequests()).hasSize((int) before);
    }

    private Map<PlannedAction, Attempt> send(List<PlannedAction> actions) {
        return send(new AccWrites(clients.autodesk, HandMadePlans.PROJECT), actions, null);
    }

    private ProjectUser member(String email) {
        return StreamSupport.stream(clients.autodesk.listProjectUsers(HandMadePlans.PROJECT).spliterator(), false)
                .filter(u -> email.equalsIgnoreCase(u.getEmail())).findFirst().orElseThrow();
    }

    private static PlannedAction addition(String employee, String email, String products) {
        return new PlannedAction(Platform.ACC, HandMadePlans.PROJECT, ActionKind.ADD_TO_PROJECT, employee, email, null,
                List.of(new FieldChange("email", null, email), new FieldChange("products", null, products)), null,
                Map.of());
    }
}
