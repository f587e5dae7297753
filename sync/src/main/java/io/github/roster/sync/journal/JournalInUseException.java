package io.github.roster.sync.journal;

import java.nio.file.Path;

/** Another process (or another journal in this one) is writing the journal: only one writer at a time. */
public final class JournalInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param file the journal
     */
    public JournalInUseException(Path file) {
        super(file + " is in use by another run (it holds the file's lock): wait for it to finish, or use another file");
    }
}
