package io.github.roster.sync;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The limits a plan is made under and applied under: at most {@code maxDeactivations} deactivations and
 * removals, and at most {@code maxDeactivationPercent} of a target's users; never any action on a protected
 * e-mail; and an HR export with fewer than {@code minHrPeopleRatio} of the last run's people is taken for a
 * truncated feed. A refused run exits 5. Users a target holds that HR does not know are reported as
 * {@code unmanaged}, or, when {@code deactivateUnmanaged}, deactivated (BIM 360, Procore) and removed from ACC
 * projects, under the same caps and never when protected.
 *
 * @param maxDeactivations the most deactivations and project removals in one plan, all targets together
 * @param maxDeactivationPercent the most deactivations in one target, as a percentage of its users
 * @param protectedEmails e-mails never acted on (compared case-insensitively)
 * @param minHrPeopleRatio a run whose HR export has fewer people than this share of the last run's is refused
 * @param deactivateUnmanaged whether users HR does not know are deactivated and removed (configuration
 *     {@code safety.unmanaged: deactivate}) rather than only reported ({@code report}, the default)
 */
public record SafetyRules(int maxDeactivations, double maxDeactivationPercent, List<String> protectedEmails,
                          double minHrPeopleRatio, boolean deactivateUnmanaged) {

    /**
     * Defaults when the configuration says nothing: 10 deactivations, 5 percent, a feed at least 90% as long,
     * unmanaged users only reported.
     */
    public static final SafetyRules DEFAULTS = new SafetyRules(10, 5.0, List.of(), 0.9);

    /**
     * Rules under which unmanaged users are only reported.
     *
     * @param maxDeactivations at least 0
     * @param maxDeactivationPercent 0..100
     * @param protectedEmails protected e-mails (null is none)
     * @param minHrPeopleRatio 0..1
     */
    public SafetyRules(int maxDeactivations, double maxDeactivationPercent, List<String> protectedEmails,
                       double minHrPeopleRatio) {
        this(maxDeactivations, maxDeactivationPercent, protectedEmails, minHrPeopleRatio, false);
    }

    /**
     * Checks the limits.
     *
     * @param maxDeactivations at least 0
     * @param maxDeactivationPercent 0..100
     * @param protectedEmails protected e-mails (null is none)
     * @param minHrPeopleRatio 0..1
     * @param deactivateUnmanaged whether unmanaged users are deactivated and removed
     */
    public SafetyRules {
        if (maxDeactivations < 0) {
            throw new IllegalArgumentException("max_deactivations must be 0 or more, was " + maxDeactivations);
        }
        if (!(maxDeactivationPercent >= 0 && maxDeactivationPercent <= 100)) {
            throw new IllegalArgumentException("max_deactivation_percent must be within 0..100, was "
                    + maxDeactivationPercent);
        }
        if (!(minHrPeopleRatio >= 0 && minHrPeopleRatio <= 1)) {
            throw new IllegalArgumentException("min_hr_people_ratio must be within 0..1, was " + minHrPeopleRatio);
        }
        protectedEmails = protectedEmails == null ? List.of() : List.copyOf(protectedEmails);
    }

    /**
     * Whether an e-mail is protected.
     *
     * @param email an e-mail, or null
     * @return whether no action may touch it
     */
    public boolean isProtected(String email) {
        if (email == null) {
            return false;
        }
        Set<String> lower = protectedEmails.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return lower.contains(email.toLowerCase(Locale.ROOT));
    }

    /**
     * These rules with a higher deactivation cap for one run ({@code --allow-deactivations N}).
     *
     * @param allowed the cap for this run
     * @return the rules with {@code maxDeactivations = allowed} and no percentage cap
     */
    public SafetyRules allowingDeactivations(int allowed) {
        return new SafetyRules(allowed, 100.0, protectedEmails, minHrPeopleRatio, deactivateUnmanaged);
    }
}
