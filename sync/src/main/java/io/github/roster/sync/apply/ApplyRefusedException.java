package io.github.roster.sync.apply;

/**
 * Applying was refused before anything was sent: a safety rule of the plan no longer holds (a deactivation cap,
 * a protected user, a truncated HR feed). The message names the rule and the numbers.
 */
public final class ApplyRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusing rule's name. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule's name as the configuration spells it, e.g. {@code max_deactivations}
     * @param message what was found, with the numbers
     */
    public ApplyRefusedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /**
     * The rule that refused.
     *
     * @return e.g. {@code protected_emails}
     */
    public String rule() {
        return rule;
    }
}
