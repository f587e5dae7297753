package io.github.roster.cli;

/** Input the CLI itself refuses before anything is sent (missing credentials, unreadable file). Exit code 2. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it
     */
    public InvalidInputException(String message) {
        super(message);
    }
}
