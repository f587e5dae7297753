package io.github.roster.sync.apply;

import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.plan.SafetyCheck;
import io.github.roster.sync.plan.SafetyRefusedException;

/**
 * The plan's safety rules, checked again just before applying (the plan file may have been edited, or the state
 * moved on since planning): no action on a protected e-mail, then the planner's own checks ({@link SafetyCheck}):
 * deactivations and removals within the caps, an HR export not much shorter than the last applied one.
 */
final class SafetyRecheck {

    private SafetyRecheck() {
    }

    static void check(Plan plan, SyncState state) {
        SafetyRules rules = plan.safety();
        for (PlannedAction a : plan.writeActions()) {
            if (rules.isProtected(a.email()) || a.before().values().stream().anyMatch(rules::isProtected)) {
                throw new SafetyRefusedException("protected_emails", "refused by protected_emails: the plan acts on a"
                        + " protected user: " + a.id() + " (" + a.email() + "); nothing was sent", plan);
            }
        }
        try {
            SafetyCheck.feed(rules, plan.hrPeople(), state.lastHrPeople());
            SafetyCheck.caps(plan);
        } catch (SafetyRefusedException e) {
            throw new SafetyRefusedException(e.rule(), "the plan no longer passes its safety rules, nothing was sent: "
                    + e.getMessage(), plan);
        }
    }
}
