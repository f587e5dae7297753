package io.github.roster.procore;

import io.github.roster.client.procore.model.CompanyUser;
import io.github.roster.client.procore.model.CompanyUserSyncItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one item of a sync.
 *
 * @param item the item as sent
 * @param outcome what happened to it
 * @param user the user as answered when {@link CompanyUserSyncOutcome#UPDATED UPDATED} or
 *     {@link CompanyUserSyncOutcome#SYNCED SYNCED}; null otherwise
 * @param errors Procore's field errors (field name to messages) when {@link CompanyUserSyncOutcome#FAILED FAILED};
 *     empty otherwise
 * @param reason a sentence saying why when {@code FAILED} or {@code UNKNOWN}; null otherwise
 */
public record CompanyUserSyncItemResult(CompanyUserSyncItem item, CompanyUserSyncOutcome outcome, CompanyUser user,
                                        Map<String, List<String>> errors, String reason) {

    /**
     * Copies the errors.
     *
     * @param item see the record component
     * @param outcome see the record component
     * @param user see the record component
     * @param errors see the record component
     * @param reason see the record component
     */
    public CompanyUserSyncItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(outcome, "outcome");
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    /**
     * Whether Procore confirmed the item (updated or synced).
     *
     * @return true unless failed or unknown
     */
    public boolean succeeded() {
        return outcome == CompanyUserSyncOutcome.UPDATED || outcome == CompanyUserSyncOutcome.SYNCED;
    }

    @Override
    public String toString() {
        return "CompanyUserSyncItemResult{id=" + item.getId() + ", originId=" + item.getOriginId()
                + ", outcome=" + outcome + (errors.isEmpty() ? "" : ", errorFields=" + errors.keySet()) + '}';
    }
}
