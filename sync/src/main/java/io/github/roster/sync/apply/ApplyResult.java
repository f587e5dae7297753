package io.github.roster.sync.apply;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What applying a plan came to: one result per action of the plan, in plan order (report-only actions are
 * {@link ActionOutcome#SKIPPED}).
 *
 * @param planDigest the plan's digest, as the journal and the audit log record it
 * @param results one per action
 */
public record ApplyResult(String planDigest, List<ActionResult> results) {

    /**
     * Copies the list.
     *
     * @param planDigest the digest
     * @param results the results
     */
    public ApplyResult {
        results = List.copyOf(results);
    }

    /**
     * How many actions ended each way.
     *
     * @return counts by outcome key, in a stable order
     */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        results.forEach(r -> counts.merge(r.outcome().key(), 1, Integer::sum));
        return counts;
    }

    /**
     * Whether any action ended so.
     *
     * @param outcome the outcome
     * @return whether at least one did
     */
    public boolean any(ActionOutcome outcome) {
        return results.stream().anyMatch(r -> r.outcome() == outcome);
    }

    /**
     * Whether every write action was applied and verified.
     *
     * @return true when nothing failed, is unverified or stale
     */
    public boolean complete() {
        return results.stream().allMatch(r -> r.outcome() == ActionOutcome.APPLIED
                || r.outcome() == ActionOutcome.SKIPPED);
    }
}
