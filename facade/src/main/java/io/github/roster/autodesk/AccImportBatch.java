package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.ApiException;
import io.github.roster.error.RosterException;
import io.github.roster.error.TransportException;
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
     * Whether this request failed in a way that leaves open whether the vendor took its users: no answer after
     * the request may have been sent (connection closed or reset, timeout), or a 5xx or 408 other than 503 (a
     * gateway's 502 or 504 says nothing about the server behind it). Sending such users again without first
     * reading the project's members ({@link AutodeskAccountAdminClient#findProjectUsersByEmail},
     * {@link AutodeskAccountAdminClient#listProjectUsers}) may import them twice. False for an accepted request
     * and for a failure that says the users were not taken: any other 4xx, a 503 or 429 (the vendor says it did
     * not process the request; the client re-sends those itself while its retry policy allows), a connection that
     * failed before the request was sent.
     *
     * @return true when the outcome is unknown
     */
    public boolean mayHaveBeenProcessed() {
        if (error instanceof TransportException transport) {
            return transport.requestMayHaveBeenProcessed();
        }
        return error instanceof ApiException api && api.status() != 503 && (api.status() == 408 || api.status() >= 500);
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
