package io.github.roster.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input was refused before anything was sent: it carries every violation found, not only the first.
 */
public final class ValidationException extends RosterException {

    private static final long serialVersionUID = 1L;

    /** Every violation, each rejected value kept only when it is serialisable (else as text). */
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations every violation found; at least one
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations), null);
        this.violations = violations.stream().map(Violation::serialisable).toList();
    }

    /**
     * The violations, in input order.
     *
     * @return an unmodifiable list
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " invalid field" : " invalid fields")
                + ", nothing was sent:\n"
                + violations.stream().map(v -> "  " + v.describe()).collect(Collectors.joining("\n"));
    }
}
