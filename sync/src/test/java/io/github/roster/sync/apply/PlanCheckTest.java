package io.github.roster.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.FieldChange;
import io.github.roster.sync.Plan;
import io.github.roster.sync.Platform;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SyncInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule a plan must meet before apply sends anything, with the problem's exact words. */
class PlanCheckTest {

    private static final String ACCOUNT = HandMadePlans.ACCOUNT;

    @Test
    void theHandMadeScenarioPassesWithBothClients() {
        Plan plan = HandMadePlans.scenario(2, Path.of("state.json"));

        assertThatCode(() -> PlanCheck.check(plan, "plan.json", true, true)).doesNotThrowAnyException();
    }

    @Test
    void anActionListedTwiceIsNamedOnce() {
        PlannedAction deactivate = procoreDeactivate("8089", "2233445566771");

        assertThat(problems(List.of(deactivate, deactivate), true, true))
                .containsExactly("actions[" + deactivate.id() + "]: listed twice");
    }

    @Test
    void eachPlatformNeedsItsOwnClient() {
        PlannedAction bim360 = bim360Deactivate(ACCOUNT);
        PlannedAction procore = procoreDeactivate("8089", "2233445566771");

        assertThat(problems(List.of(bim360, procore), false, true))
                .containsExactly("actions[" + bim360.id() + "]: needs an Autodesk client (credentials), none was given");
        assertThat(problems(List.of(bim360, procore), true, false))
                .containsExactly("actions[" + procore.id() + "]: needs a Procore client (credentials), none was given");
        assertThat(problems(List.of(bim360, procore), true, true)).isEmpty();
    }

    @Test
    void targetsMustBeTheirPlatformsIds() {
        PlannedAction notUuid = bim360Deactivate("acme");
        PlannedAction shortUuid = bim360Deactivate("1-1-1-1-1");
        PlannedAction zeroCompany = procoreDeactivate("0", "2233445566771");
        PlannedAction textCompany = procoreDeactivate("acme", "2233445566771");

        assertThat(problems(List.of(notUuid, shortUuid, zeroCompany, textCompany), true, true)).containsExactly(
                "actions[" + notUuid.id() + "]: target must be an Autodesk id (uuid), was 'acme'",
                "actions[" + shortUuid.id() + "]: target must be an Autodesk id (uuid), was '1-1-1-1-1'",
                "actions[" + zeroCompany.id() + "]: target must be a Procore company id, was '0'",
                "actions[" + textCompany.id() + "]: target must be a Procore company id, was 'acme'");
    }

    @Test
    void aProcoreUserIdMustBeAPositiveNumber() {
        PlannedAction negative = procoreDeactivate("8089", "-5");
        PlannedAction zero = procoreDeactivate("8089", "0");
        PlannedAction one = procoreDeactivate("8089", "1");

        assertThat(problems(List.of(negative, zero, one), true, true)).containsExactly(
                "actions[" + negative.id() + "]: user_id must be a Procore user id, was '-5'",
                "actions[" + zero.id() + "]: user_id must be a Procore user id, was '0'");
    }

    @Test
    void onlyCreatesAndProjectAddsMayLackAUserId() {
        PlannedAction blank = new PlannedAction(Platform.BIM360, ACCOUNT, ActionKind.DEACTIVATE, "E1",
                "a@example.com", " ", List.of(new FieldChange("status", "active", "inactive")), null, Map.of());
        PlannedAction create = new PlannedAction(Platform.BIM360, ACCOUNT, ActionKind.CREATE, "E2", "b@example.com",
                null, List.of(new FieldChange("email", null, "b@example.com")), null, Map.of());

        assertThat(problems(List.of(blank, create), true, true))
                .containsExactly("actions[" + blank.id() + "]: user_id is required for deactivate");
    }

    @Test
    void aProcoreCreateNeedsALastName() {
        PlannedAction noLastName = new PlannedAction(Platform.PROCORE, "8089", ActionKind.CREATE, "E3",
                "c@example.com", null, List.of(new FieldChange("email_address", null, "c@example.com")), null,
                Map.of());
        PlannedAction bim360Create = new PlannedAction(Platform.BIM360, ACCOUNT, ActionKind.CREATE, "E3",
                "c@example.com", null, List.of(new FieldChange("email", null, "c@example.com")), null, Map.of());

        assertThat(problems(List.of(noLastName, bim360Create), true, true))
                .containsExactly("actions[" + noLastName.id() + "]: last_name is required to create a Procore user");
    }

    private static List<String> problems(List<PlannedAction> actions, boolean autodesk, boolean procore) {
        Plan plan = HandMadePlans.plan(actions, Path.of("state.json"), actions.size());
        SyncInputException refused = catchThrowableOfType(SyncInputException.class,
                () -> PlanCheck.check(plan, "plan.json", autodesk, procore));
        return refused == null ? List.of() : refused.problems();
    }

    private static PlannedAction procoreDeactivate(String company, String userId) {
        return new PlannedAction(Platform.PROCORE, company, ActionKind.DEACTIVATE, "E" + userId, "p@example.com",
                userId, List.of(new FieldChange("status", "active", "inactive")), "left", Map.of("status", "active"));
    }

    private static PlannedAction bim360Deactivate(String account) {
        return new PlannedAction(Platform.BIM360, account, ActionKind.DEACTIVATE, "E-" + account, "b@example.com",
                HandMadePlans.ANN_LEE, List.of(new FieldChange("status", "active", "inactive")), "left",
                Map.of("status", "active"));
    }
}
