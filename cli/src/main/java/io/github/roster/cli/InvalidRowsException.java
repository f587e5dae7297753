package io.github.roster.cli;

import java.util.List;

/** A CSV file with bad fields: nothing was sent. Exit code 2; {@code --output json} lists each by line and field. */
final class InvalidRowsException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    /** The bad fields reported (possibly the first of more). */
    private final transient List<RowViolation> violations;
    /** How many bad fields there are in all. */
    private final int total;

    InvalidRowsException(String message, List<RowViolation> violations, int total) {
        super(message);
        this.violations = List.copyOf(violations);
        this.total = total;
    }

    List<RowViolation> violations() {
        return violations;
    }

    int total() {
        return total;
    }
}
