package io.github.roster.procore;

/**
 * What Sync Company Users did to one item. Procore answers 200 whatever happened and returns no item index, so
 * each item is found by its {@code origin_id} (else its {@code id}) in the answer's {@code entities} or
 * {@code errors}.
 */
public enum CompanyUserSyncOutcome {
    /** The item had an {@code id} and that user was updated (an unknown id is an error item). */
    UPDATED,
    /**
     * The item was matched by {@code origin_id} and the user was created or updated: the answer does not say
     * which, because an origin id that exists updates and one that does not creates.
     */
    SYNCED,
    /** The item is in the answer's {@code errors}; {@link CompanyUserSyncItemResult#errors()} says why. */
    FAILED,
    /**
     * Not known: the request failed after it may have been processed, or the answer named the item nowhere.
     * Read the user (by origin id or id) before sending it again.
     */
    UNKNOWN
}
