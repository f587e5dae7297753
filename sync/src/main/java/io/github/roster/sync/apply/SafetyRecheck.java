package io.github.roster.sync.apply;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.SyncState;
import io.github.roster.sync.TargetSnapshot;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The plan's safety rules, checked again just before applying (the plan file may have been edited, or the state
 * moved on since planning): no action on a protected e-mail; deactivations and removals within the caps; an HR
 * export not much shorter than the last applied one.
 */
final class SafetyRecheck {

    private SafetyRecheck() {
    }

    static void check(Plan plan, SyncState state) {
        SafetyRules rules = plan.safety();
        Map<String, Integer> perTarget = new HashMap<>();
        int total = 0;
        for (PlannedAction a : plan.writeActions()) {
            if (rules.isProtected(a.email()) || a.before().values().stream().anyMatch(rules::isProtected)) {
                throw new ApplyRefusedException("protected_emails", "the plan acts on a protected user: " + a.id()
                        + " (" + a.email() + "); nothing was sent");
            }
            if (a.kind() == ActionKind.DEACTIVATE || a.kind() == ActionKind.REMOVE_FROM_PROJECT) {
                total++;
                perTarget.merge(a.platform().key() + "/" + a.target(), 1, Integer::sum);
            }
        }
        if (total > rules.maxDeactivations()) {
            throw new ApplyRefusedException("max_deactivations", "the plan deactivates or removes " + total
                    + " users, more than max_deactivations " + rules.maxDeactivations()
                    + "; nothing was sent (plan again with --allow-deactivations to raise the cap for one run)");
        }
        for (TargetSnapshot t : plan.targets()) {
            int count = perTarget.getOrDefault(t.platform().key() + "/" + t.target(), 0);
            if (count > 0 && t.users() > 0 && 100.0 * count / t.users() > rules.maxDeactivationPercent()) {
                throw new ApplyRefusedException("max_deactivation_percent", String.format(Locale.ROOT,
                        "the plan deactivates or removes %d of %d users of %s %s (%.1f%%), more than"
                                + " max_deactivation_percent %.1f; nothing was sent", count, t.users(),
                        t.platform().key(), t.target(), 100.0 * count / t.users(), rules.maxDeactivationPercent()));
            }
        }
        int last = state.lastHrPeople();
        if (last > 0 && plan.hrPeople() < rules.minHrPeopleRatio() * last) {
            throw new ApplyRefusedException("min_hr_people_ratio", "the plan was made from an HR export of "
                    + plan.hrPeople() + " people, the last applied one had " + last + " (below min_hr_people_ratio "
                    + rules.minHrPeopleRatio() + "): the feed looks truncated; nothing was sent");
        }
    }
}
