package io.github.roster.autodesk;

import java.util.List;

/**
 * The result of a BIM 360 account import: one item per user, in input order. A 2xx answer with failure items is
 * not success: look at {@link #failed()} and {@link #unknown()}.
 *
 * @param items one per user, in input order
 */
public record AccountImportResult(List<AccountImportItem> items) {

    /**
     * Copies the items.
     *
     * @param items see the record component
     */
    public AccountImportResult {
        items = List.copyOf(items);
    }

    /**
     * How many users were created.
     *
     * @return the count
     */
    public long created() {
        return count(AccountImportOutcome.CREATED);
    }

    /**
     * How many users were not created.
     *
     * @return the count
     */
    public long failed() {
        return count(AccountImportOutcome.FAILED);
    }

    /**
     * How many users may or may not have been created.
     *
     * @return the count
     */
    public long unknown() {
        return count(AccountImportOutcome.UNKNOWN);
    }

    /**
     * Whether every user was created.
     *
     * @return true when nothing failed and nothing is unknown
     */
    public boolean allCreated() {
        return created() == items.size();
    }

    private long count(AccountImportOutcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** Counts only: the users themselves are personal data. */
    @Override
    public String toString() {
        return "AccountImportResult{users=" + items.size() + ", created=" + created() + ", failed=" + failed()
                + ", unknown=" + unknown() + '}';
    }
}
