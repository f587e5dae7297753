package io.github.roster.sync;

import java.util.Objects;

/**
 * What the planner read from one target: how many users, and a digest of what it read (so a reviewer, and
 * apply, can tell whether two plans saw the same state).
 *
 * @param platform the platform
 * @param target the account, project or company id
 * @param users how many users the target held (active and inactive)
 * @param digest SHA-256, hex, of what was read, in a canonical order
 */
public record TargetSnapshot(Platform platform, String target, int users, String digest) {

    /**
     * Checks the parts.
     *
     * @param platform the platform
     * @param target the target id
     * @param users the user count, 0 or more
     * @param digest the digest
     */
    public TargetSnapshot {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(digest, "digest");
        if (users < 0) {
            throw new IllegalArgumentException("users must be 0 or more");
        }
    }
}
