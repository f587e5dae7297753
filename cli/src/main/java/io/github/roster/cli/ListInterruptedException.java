package io.github.roster.cli;

/**
 * A streamed list failed after some of it was printed; with {@code --output json} the failure was already printed
 * as the array's last element ({@link Printer#list}), so nothing more goes to standard output. The cause is what
 * failed; the exit code is the cause's.
 */
final class ListInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ListInterruptedException(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}
