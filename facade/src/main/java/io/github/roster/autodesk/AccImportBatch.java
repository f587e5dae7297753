package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.RosterException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One users:import request of a larger import: the users it carried, and its job id or its error.
 *
 * @param index the request's position, from 0
 * @param firstUserIndex the position of its first user in the whole import, from 0
 * @param users the users it carried, in input order
 * @param jobId the job id the vendor answered, or null when the request failed (or the vendor sent none, or
 *     its 2xx answer could not be read: the users were accepted all the same)
 * @param error why the request failed, or null when it was accepted (the vendor answered 2xx)
 */
public record AccImportBatch(int index, int firstUserIndex, List<ProjectUserImport> users, UUID jobId,
                             RosterException error) {

    /**
     * Copies the users.
     *
     * @param index see the record component
     * @param firstUserIndex see the record component
     * @param users see the record component
     * @param jobId see the record component
     * @param error see the record component
     */
    public AccImportBatch {
        users = List.copyOf(users);
    }

    /**
     * Whether the vendor accepted this request (202).
     *
     * @return true when accepted
     */
    public boolean accepted() {
        return error == null;
    }

    /**
     * The job id, when the vendor sent one.
     *
     * @return the job id
     */
    public Optional<UUID> job() {
        return Optional.ofNullable(jobId);
    }

    /** Position, size and job id or failure; never the users, who are personal data. */
    @Override
    public String toString() {
        return "AccImportBatch{index=" + index + ", firstUserIndex=" + firstUserIndex + ", users=" + users.size()
                + (accepted() ? ", jobId=" + jobId : ", failed=" + error.getClass().getSimpleName()
                        + (error instanceof io.github.roster.error.ApiException api ? " " + api.status() : ""))
                + '}';
    }
}
