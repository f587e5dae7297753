package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.internal.validation.AccImportRules;
import java.util.List;
import java.util.UUID;

/**
 * One ACC users:import of any size, driven by the caller one user and one request at a time: for imports that
 * are streamed (a CSV read row by row) and resumed (the caller records which requests were accepted and skips
 * them on the next run). {@link AutodeskAccountAdminClient#importProjectUsers} does the same in one call for a
 * list in memory.
 *
 * <p>Validate every user with {@link #validateUser} before sending anything, then send requests of at most
 * {@value AutodeskAccountAdminClient#MAX_USERS_PER_IMPORT_REQUEST} users with {@link #sendBatch}. Not
 * thread-safe: it remembers the e-mails seen, to refuse the same e-mail twice in one import.
 *
 * <pre>{@code
 * AccUserImport job = autodesk.userImport("b.9dbb160e-b904-458b-bc5c-ed184687592d");
 * List<Violation> problems = job.validateUser(0, user);
 * AccImportBatch outcome = job.sendBatch(0, 0, List.of(user));
 * }</pre>
 */
public final class AccUserImport {

    private final AutodeskAccountAdminClient client;
    private final UUID project;
    private final AccImportRules rules = new AccImportRules();

    AccUserImport(AutodeskAccountAdminClient client, UUID project) {
        this.client = client;
        this.project = project;
    }

    /**
     * The project users are imported into.
     *
     * @return the project id, without a {@code b.} prefix
     */
    public UUID projectId() {
        return project;
    }

    /**
     * Checks one user against the spec's constraints and the import rules (products, duplicate e-mails among
     * the users checked so far by this import). Sends nothing.
     *
     * @param index the user's position in the whole import, from 0
     * @param user the user
     * @return every violation, empty when the user is valid; paths name {@code users[index]}
     */
    public List<Violation> validateUser(int index, ProjectUserImport user) {
        return client.validateUser(rules, index, user);
    }

    /**
     * Sends one users:import request of users already validated with {@link #validateUser}.
     *
     * @param batchIndex the request's position in the import, from 0
     * @param firstUserIndex the position of its first user in the import
     * @param users 1 to {@value AutodeskAccountAdminClient#MAX_USERS_PER_IMPORT_REQUEST} users
     * @return the request's outcome; a vendor or transport failure is reported in it, never thrown
     * @throws ValidationException when the batch size is out of range (nothing is sent)
     */
    public AccImportBatch sendBatch(int batchIndex, int firstUserIndex, List<ProjectUserImport> users) {
        return client.sendBatch(project, batchIndex, firstUserIndex, users);
    }

    @Override
    public String toString() {
        return "AccUserImport{project=" + project + '}';
    }
}
