package io.github.roster.sync;

import java.util.Arrays;

/**
 * What a planned action does. {@link #key()} is how plans and journals name it. Two kinds only report and are
 * never executed: {@link #UNMANAGED} (a user in a target who is not in HR, left alone) and {@link #BLOCKED} (a
 * person who needs a change that cannot be made now, with the reason).
 */
public enum ActionKind {
    /** Create the user (Procore company user, BIM 360 account user). */
    CREATE("create", true),
    /** Change fields of an existing user. */
    UPDATE("update", true),
    /** Deactivate a leaver. */
    DEACTIVATE("deactivate", true),
    /** Reactivate someone employed again. */
    REACTIVATE("reactivate", true),
    /** Add a person to an ACC project with products (and company, roles). */
    ADD_TO_PROJECT("add-to-project", true),
    /** Change an ACC project member's products, company or roles. */
    UPDATE_PROJECT_MEMBER("update-project-member", true),
    /** Remove a person from an ACC project. */
    REMOVE_FROM_PROJECT("remove-from-project", true),
    /** A user in a target who is not in the HR export; reported, not changed. */
    UNMANAGED("unmanaged", false),
    /** A change that cannot be made now (for example an Autodesk user still pending); reported with a reason. */
    BLOCKED("blocked", false);

    private final String key;
    private final boolean write;

    ActionKind(String key, boolean write) {
        this.key = key;
        this.write = write;
    }

    /**
     * The name used in files, e.g. {@code add-to-project}.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Whether applying this action writes to the target; {@code false} for the kinds that only report.
     *
     * @return whether it is executed
     */
    public boolean isWrite() {
        return write;
    }

    /**
     * The kind a file names.
     *
     * @param key e.g. {@code remove-from-project}
     * @return the kind
     * @throws IllegalArgumentException for an unknown name
     */
    public static ActionKind fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown action kind '" + key + "'"));
    }
}
