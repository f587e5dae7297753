package io.github.roster.sync.plan;

import io.github.roster.sync.Plan;

/**
 * A plan refused by a safety rule: too many deactivations and removals (count or percentage of a target), or an HR
 * export much shorter than the last run's (a truncated feed). The message says which rule and the numbers. The CLI
 * exits 5.
 */
public class SafetyRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rule's configuration key. */
    private final String rule;
    private final transient Plan plan;

    /**
     * Creates the exception.
     *
     * @param rule the rule's configuration key, e.g. {@code max_deactivations}
     * @param message what was refused and why, with the numbers
     * @param plan the refused plan, for review; null when it was refused before the targets were read
     */
    public SafetyRefusedException(String rule, String message, Plan plan) {
        super(message);
        this.rule = rule;
        this.plan = plan;
    }

    /**
     * The rule that refused the plan.
     *
     * @return its configuration key: {@code max_deactivations}, {@code max_deactivation_percent} or
     *     {@code min_hr_people_ratio}
     */
    public String rule() {
        return rule;
    }

    /**
     * The refused plan, so that a person can see what it would have done.
     *
     * @return the plan, or null when it was refused before any target was read
     */
    public Plan plan() {
        return plan;
    }
}
