package io.github.roster.sync.plan;

/** Users a target holds that match no HR person ({@code safety.unmanaged}). */
final class Unmanaged {

    /** Why a user HR does not know is deactivated or removed. */
    static final String REASON = "not in the HR export (safety.unmanaged: deactivate)";

    private Unmanaged() {
    }
}
