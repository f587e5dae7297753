package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One users:import request the sandbox accepted for an ACC project.
 *
 * @param jobId the job id answered in the 202
 * @param emails the e-mail address of every user in the request, in request order
 * @param users a copy of the request's {@code users} array
 * @param acceptedAt when the request was accepted, by the sandbox's clock
 */
public record AccImport(UUID jobId, List<String> emails, JsonNode users, Instant acceptedAt) {

    /** Copies the lists and the JSON so that the record cannot change after it is made. */
    public AccImport {
        emails = List.copyOf(emails);
        users = users.deepCopy();
    }

    /** A deep copy of the sent {@code users} array. */
    @Override
    public JsonNode users() {
        return users.deepCopy();
    }
}
