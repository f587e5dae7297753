package io.github.roster.autodesk;

import io.github.roster.client.autodesk.model.ProjectUserImport;
import io.github.roster.error.ValidationException;
import io.github.roster.error.Violation;
import io.github.roster.internal.validation.AccImportRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One ACC users:import of any size, driven by the caller one user and one request at a time: for imports that
 * are streamed (a CSV read row by row) and resumed (the caller records which requests were accepted and skips
 * them on the next run). {@link AutodeskAccountAdminClient#importProjectUsers} does the same in one call for a
 * list in memory.
 *
 * <p>Validate every user with {@link #validateUser} before sending anything. The same e-mail twice is found
 * in bounded memory (8 bytes a user, whatever the import's size) by a second pass: when {@link #emailsMayRepeat()}
 * says so, give every user again, in the same order, to {@link #checkRepeatedEmail}. Then send requests of at
 * most {@value AutodeskAccountAdminClient#MAX_USERS_PER_IMPORT_REQUEST} users with {@link #sendBatch}, which
 * refuses to send while a repeat may be unseen. Not thread-safe.
 *
 * <pre>{@code
 * AccUserImport job = autodesk.userImport("b.9dbb160e-b904-458b-bc5c-ed184687592d");
 * List<Violation> problems = new ArrayList<>();
 * for (int i = 0; i < users.size(); i++) {
 *     problems.addAll(job.validateUser(i, users.get(i)));
 * }
 * if (job.emailsMayRepeat()) {          // read the users again, e.g. the same file
 *     for (int i = 0; i < users.size(); i++) {
 *         problems.addAll(job.checkRepeatedEmail(i, users.get(i)));
 *     }
 * }
 * AccImportBatch outcome = job.sendBatch(0, 0, users);
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
     * Checks one user against the spec's constraints and the import rules (products), and remembers its
     * e-mail for the repeat check. Sends nothing.
     *
     * @param index the user's position in the whole import, from 0
     * @param user the user
     * @return every violation, empty when the user is valid; paths name {@code users[index]}
     * @throws IllegalStateException once the repeat check has begun
     */
    public List<Violation> validateUser(int index, ProjectUserImport user) {
        return client.validateUser(rules, index, user);
    }

    /**
     * Ends validation: whether two users validated may have the same e-mail (compared ignoring case). When
     * true, {@link #checkRepeatedEmail} must see every user again before anything can be sent; when false,
     * no e-mail repeats.
     *
     * @return true when the repeat check is needed
     */
    public boolean emailsMayRepeat() {
        return rules.emailsMayRepeat();
    }

    /**
     * The repeat check, after every user was validated: names this user when an earlier user has its e-mail
     * (compared exactly, ignoring case). Give it the users in the order they were validated.
     *
     * @param index the user's position in the whole import, from 0
     * @param user the user, as validated
     * @return the repeat ({@code users[index].email}, naming the first user with that e-mail), or nothing
     */
    public List<Violation> checkRepeatedEmail(int index, ProjectUserImport user) {
        List<Violation> violations = new ArrayList<>(0);
        rules.checkRepeatedEmail(index, user, violations);
        return violations;
    }

    /**
     * Sends one users:import request of users already validated with {@link #validateUser}.
     *
     * @param batchIndex the request's position in the import, from 0
     * @param firstUserIndex the position of its first user in the import
     * @param users 1 to {@value AutodeskAccountAdminClient#MAX_USERS_PER_IMPORT_REQUEST} users
     * @return the request's outcome; a vendor or transport failure is reported in it, never thrown
     * @throws ValidationException when the batch size is out of range (nothing is sent)
     * @throws IllegalStateException when e-mails may repeat and {@link #checkRepeatedEmail} has not seen every
     *     user (nothing is sent)
     */
    public AccImportBatch sendBatch(int batchIndex, int firstUserIndex, List<ProjectUserImport> users) {
        if (!rules.emailsChecked()) {
            throw new IllegalStateException("two users may have the same e-mail: give every user to"
                    + " checkRepeatedEmail before sending");
        }
        return client.sendBatch(project, batchIndex, firstUserIndex, users);
    }

    @Override
    public String toString() {
        return "AccUserImport{project=" + project + '}';
    }
}
