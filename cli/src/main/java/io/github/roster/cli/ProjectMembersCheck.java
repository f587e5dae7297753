package io.github.roster.cli;

import io.github.roster.autodesk.AutodeskAccountAdminClient;
import io.github.roster.client.autodesk.model.ProjectUser;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which of some e-mails are members (active or pending) of an ACC project: how an import learns the outcome of
 * a request it could not learn from the answer. A few users are looked up one by one (an exact e-mail lookup
 * each); more are found by reading the project's member list once, which costs one read per 200 members.
 *
 * <p>ACC imports are asynchronous (202 and a job): users accepted moments ago may not be listed yet. So a user
 * not found is read again, every {@value #POLL_SECONDS} seconds, until the wait given is over; only then is it
 * declared absent. The sandbox adds users before it answers 202, so it needs no wait.
 */
final class ProjectMembersCheck {

    /** Up to this many users are looked up one by one; more are found in one read of the whole project. */
    static final int LOOKUP_LIMIT = 20;
    private static final long POLL_SECONDS = 2;

    private final AutodeskAccountAdminClient client;
    private final String project;
    private final Duration wait;

    ProjectMembersCheck(AutodeskAccountAdminClient client, String project, Duration wait) {
        this.client = client;
        this.project = project;
        this.wait = wait;
    }

    /**
     * The e-mails among {@code emails} (as {@link AccImportReport#key} keys) that are members of the project.
     *
     * @throws io.github.roster.error.RosterException when the project cannot be read
     */
    Set<String> members(Collection<String> emails) {
        long deadline = System.nanoTime() + wait.toNanos();
        Set<String> missing = new HashSet<>(emails);
        Set<String> found = new HashSet<>();
        while (true) {
            Set<String> now = readMembers(missing);
            found.addAll(now);
            missing.removeAll(now);
            long left = deadline - System.nanoTime();
            if (missing.isEmpty() || left <= 0) {
                return found;
            }
            sleep(Math.min(left, Duration.ofSeconds(POLL_SECONDS).toNanos()));
        }
    }

    private Set<String> readMembers(Set<String> emails) {
        Set<String> members = new HashSet<>();
        if (emails.size() <= LOOKUP_LIMIT) {
            for (String email : emails) {
                if (!client.findProjectUsersByEmail(project, email).isEmpty()) {
                    members.add(email);
                }
            }
            return members;
        }
        for (ProjectUser member : client.listProjectUsers(project)) {
            if (member.getEmail() != null) {
                String key = AccImportReport.key(member.getEmail());
                if (emails.contains(key)) {
                    members.add(key);
                }
            }
        }
        return members;
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the project's users", e);
        }
    }
}
