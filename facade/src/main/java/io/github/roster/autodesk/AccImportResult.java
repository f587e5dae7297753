package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.ProjectUserImport;
import java.util.List;

/**
 * The outcome of an import of any number of users, sent as requests of at most 200 users in input order.
 * One failed request does not stop the others; {@link #notAccepted()} lists exactly the users whose
 * request failed.
 *
 * @param batches every request, in order
 */
public record AccImportResult(List<AccImportBatch> batches) {

    /**
     * Copies the batches.
     *
     * @param batches see the record component
     */
    public AccImportResult {
        batches = List.copyOf(batches);
    }

    /**
     * Whether every request was accepted.
     *
     * @return true when none failed
     */
    public boolean allAccepted() {
        return batches.stream().allMatch(AccImportBatch::accepted);
    }

    /**
     * The requests that failed.
     *
     * @return failed batches, in order
     */
    public List<AccImportBatch> failed() {
        return batches.stream().filter(b -> !b.accepted()).toList();
    }

    /**
     * The users whose request failed, in input order. Those of a request that
     * {@linkplain AccImportBatch#mayHaveBeenProcessed() may have been processed} may be in the project already:
     * read the project's members before sending them again.
     *
     * @return the users not accepted
     */
    public List<ProjectUserImport> notAccepted() {
        return batches.stream().filter(b -> !b.accepted()).flatMap(b -> b.users().stream()).toList();
    }

    /**
     * How many users were in accepted requests.
     *
     * @return the count
     */
    public int acceptedUserCount() {
        return batches.stream().filter(AccImportBatch::accepted).mapToInt(b -> b.users().size()).sum();
    }

    /** Counts and job ids only: the users themselves are personal data. */
    @Override
    public String toString() {
        return "AccImportResult{requests=" + batches.size() + ", failedRequests=" + failed().size()
                + ", users=" + batches.stream().mapToInt(b -> b.users().size()).sum()
                + ", acceptedUsers=" + acceptedUserCount()
                + ", jobIds=" + batches.stream().flatMap(b -> b.job().stream()).toList() + '}';
    }
}
