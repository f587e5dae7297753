package io.github.roster.autodesk;

/**
 * What became of one user of a BIM 360 account import ({@code users/import}). The endpoint only creates users, so
 * there is no "updated".
 */
public enum AccountImportOutcome {
    /** The vendor listed the user among {@code success_items}: the user exists now. */
    CREATED,
    /**
     * The user was not created: listed among {@code failure_items}, or its request was refused (4xx) or could not
     * be sent. The item's reason says why.
     */
    FAILED,
    /**
     * Nobody knows: the request failed after it may have been processed (connection lost, 5xx, unreadable answer),
     * or the answer named the user nowhere. Look the user up by e-mail before sending it again; it was not re-sent.
     */
    UNKNOWN
}
