package io.github.roster.sync.plan;

import io.github.roster.sync.Platform;

/**
 * A target could not be read (the vendor refused, or could not be reached after retries): no plan is made,
 * because a plan from a partial read would take the unread users for missing ones. The CLI exits 4.
 */
public class TargetReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param platform the platform
     * @param target the target id
     * @param cause what failed
     */
    public TargetReadException(Platform platform, String target, RuntimeException cause) {
        super("cannot read " + platform.key() + "/" + target + ": " + cause.getMessage(), cause);
    }
}
