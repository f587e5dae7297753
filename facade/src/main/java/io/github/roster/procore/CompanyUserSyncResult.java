package io.github.roster.procore;

import java.util.List;

/**
 * The outcome of a sync of any number of users, sent in requests of at most 1,000 items in input order: one
 * result per item, in input order. A 200 with failed items is not success: check {@link #allSucceeded()}.
 *
 * @param items one result per item sent, in input order
 */
public record CompanyUserSyncResult(List<CompanyUserSyncItemResult> items) {

    /**
     * Copies the items.
     *
     * @param items see the record component
     */
    public CompanyUserSyncResult {
        items = List.copyOf(items);
    }

    /**
     * Whether every item was updated or synced.
     *
     * @return true when no item failed and none is unknown
     */
    public boolean allSucceeded() {
        return items.stream().allMatch(CompanyUserSyncItemResult::succeeded);
    }

    /**
     * The items with an outcome.
     *
     * @param outcome the outcome
     * @return those items, in input order
     */
    public List<CompanyUserSyncItemResult> with(CompanyUserSyncOutcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).toList();
    }

    /**
     * How many items have an outcome.
     *
     * @param outcome the outcome
     * @return the count
     */
    public long count(CompanyUserSyncOutcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CompanyUserSyncResult{items=").append(items.size());
        for (CompanyUserSyncOutcome o : CompanyUserSyncOutcome.values()) {
            s.append(", ").append(o.name().toLowerCase(java.util.Locale.ROOT)).append('=').append(count(o));
        }
        return s.append('}').toString();
    }
}
