package io.github.roster.sync.plan;

import io.github.roster.sync.ActionKind;
import io.github.roster.sync.Plan;
import io.github.roster.sync.PlannedAction;
import io.github.roster.sync.SafetyRules;
import io.github.roster.sync.TargetSnapshot;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The safety rules of a plan: the truncated-feed guard (before anything is read) and the deactivation caps (on the
 * finished plan). Deactivations and project removals count alike. The planner checks them when planning, and apply
 * checks them again before it sends anything.
 */
public final class SafetyCheck {

    private SafetyCheck() {
    }

    /**
     * Refuses an HR export with fewer than {@code min_hr_people_ratio} of the last run's people.
     *
     * @param rules the rules
     * @param hrPeople how many people the HR export lists
     * @param lastHrPeople how many the last applied one listed (0 before the first run)
     * @throws SafetyRefusedException when the export looks truncated
     */
    public static void feed(SafetyRules rules, int hrPeople, int lastHrPeople) {
        if (lastHrPeople > 0 && hrPeople < rules.minHrPeopleRatio() * lastHrPeople) {
            throw new SafetyRefusedException("min_hr_people_ratio", String.format(Locale.ROOT,
                    "refused by min_hr_people_ratio: the HR export lists %d people, the last run's listed %d"
                            + " (%.2f of it, the minimum is %.2f): is the feed truncated? Check the export; if the"
                            + " drop is real, lower safety.min_hr_people_ratio for this run",
                    hrPeople, lastHrPeople, (double) hrPeople / lastHrPeople, rules.minHrPeopleRatio()), null);
        }
    }

    /**
     * Refuses a plan with more deactivations and removals than the count cap, or the percentage cap of a target.
     *
     * @param plan the plan, with the rules it was made under
     * @throws SafetyRefusedException naming the rule and the numbers
     */
    public static void caps(Plan plan) {
        SafetyRules rules = plan.safety();
        Map<String, Integer> perTarget = new LinkedHashMap<>();
        for (PlannedAction a : plan.actions()) {
            if (a.kind() == ActionKind.DEACTIVATE || a.kind() == ActionKind.REMOVE_FROM_PROJECT) {
                perTarget.merge(a.platform().key() + "/" + a.target(), 1, Integer::sum);
            }
        }
        int total = perTarget.values().stream().mapToInt(Integer::intValue).sum();
        if (total > rules.maxDeactivations()) {
            String where = perTarget.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            throw new SafetyRefusedException("max_deactivations", "refused by max_deactivations: the plan deactivates"
                    + " or removes " + total + " people (" + where + "), the cap is " + rules.maxDeactivations()
                    + "; review them, then run again with --allow-deactivations " + total + " to allow this run",
                    plan);
        }
        for (TargetSnapshot t : plan.targets()) {
            int n = perTarget.getOrDefault(t.platform().key() + "/" + t.target(), 0);
            double percent = t.users() == 0 ? 0 : 100.0 * n / t.users();
            if (n > 0 && percent > rules.maxDeactivationPercent()) {
                throw new SafetyRefusedException("max_deactivation_percent", String.format(Locale.ROOT,
                        "refused by max_deactivation_percent: %s/%s would lose %d of its %d users (%.1f%%), the cap"
                                + " is %s%%; review them, then run again with --allow-deactivations %d to allow this"
                                + " run", t.platform().key(), t.target(), n, t.users(), percent,
                        trim(rules.maxDeactivationPercent()), total), plan);
            }
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
