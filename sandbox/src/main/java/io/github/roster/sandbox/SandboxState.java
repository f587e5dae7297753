package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * The in-memory world behind a sandbox, one for all operations: BIM 360 / ACC account users
 * ({@link AccountUsers}), ACC projects and their members ({@link ProjectMembers}) with every accepted
 * users:import, Procore company users ({@link CompanyUsers}) and their avatars, and a count of the requests
 * served. Thread-safe. Public methods only read, and every JSON they return is a copy; the sandbox's
 * endpoints change the state through the package-private stores.
 *
 * <p>Autodesk ids and e-mails are compared case-insensitively.
 */
public final class SandboxState {

    private final AccountUsers accountUsers = new AccountUsers();
    private final ProjectMembers projectMembers = new ProjectMembers();
    private final Map<String, List<AccImport>> accImports = new ConcurrentHashMap<>();
    private final CompanyUsers companyUsers = new CompanyUsers();
    private final Map<String, StoredAvatar> procoreAvatars = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, LongAdder>> requestCounts = new ConcurrentHashMap<>();

    SandboxState() {
    }

    // ---- read access ----------------------------------------------------------------------------

    /**
     * A BIM 360 account user.
     *
     * @param accountId the account id (any case)
     * @param userId the user id (any case)
     * @return a copy of the user, or a {@link MissingNode} when the account has no such user
     */
    public JsonNode bim360User(String accountId, String userId) {
        return accountUsers.read(accountId, userId);
    }

    /**
     * A member of an ACC project, whatever its status (a removed member is {@code deleted}).
     *
     * @param projectId the project id (any case)
     * @param userId the member's ACC id (its account user's id) or Autodesk id, any case
     * @return a copy of the member, or a {@link MissingNode} when the project has no such member
     */
    public JsonNode accProjectMember(String projectId, String userId) {
        return projectMembers.read(projectId, userId).orElse(MissingNode.getInstance());
    }

    /**
     * Every users:import request accepted for an ACC project, oldest first.
     *
     * @param projectId the project id (any case)
     * @return the accepted imports; empty for an unknown project
     */
    public List<AccImport> accImports(String projectId) {
        List<AccImport> imports = accImports.get(autodeskId(projectId));
        return imports == null ? List.of() : List.copyOf(imports);
    }

    /**
     * The e-mail addresses of every user imported into an ACC project, over all accepted requests, in order
     * (a user imported twice appears twice).
     *
     * @param projectId the project id (any case)
     * @return the imported e-mail addresses
     */
    public List<String> accImportedEmails(String projectId) {
        List<String> emails = new ArrayList<>();
        accImports(projectId).forEach(accepted -> emails.addAll(accepted.emails()));
        return Collections.unmodifiableList(emails);
    }

    /**
     * A Procore company user.
     *
     * @param companyId the company id
     * @param userId the company user id
     * @return a copy of the user, or a {@link MissingNode} when the company has no such user
     */
    public JsonNode procoreUser(long companyId, long userId) {
        return companyUsers.read(companyId, userId);
    }

    /**
     * The avatar last uploaded for a Procore company user through a multipart update.
     *
     * @param companyId the company id
     * @param userId the company user id
     * @return the stored file, if one was uploaded
     */
    public Optional<StoredAvatar> procoreAvatar(long companyId, long userId) {
        return Optional.ofNullable(procoreAvatars.get(procoreKey(companyId, userId)));
    }

    /**
     * How many requests for a path were answered with a status.
     *
     * @param path the request path, without query (e.g. {@code /rest/v1.3/companies/8089/users/1})
     * @param status the HTTP status
     * @return the count
     */
    public long requestCount(String path, int status) {
        Map<Integer, LongAdder> byStatus = requestCounts.get(path);
        LongAdder count = byStatus == null ? null : byStatus.get(status);
        return count == null ? 0 : count.sum();
    }

    /**
     * How many requests for a path were answered, whatever the status.
     *
     * @param path the request path, without query
     * @return the count
     */
    public long requestCount(String path) {
        Map<Integer, LongAdder> byStatus = requestCounts.get(path);
        return byStatus == null ? 0 : byStatus.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /**
     * A snapshot of every request count, by path and then status.
     *
     * @return the counts, sorted by path and status
     */
    public Map<String, Map<Integer, Long>> requestCounts() {
        Map<String, Map<Integer, Long>> snapshot = new TreeMap<>();
        requestCounts.forEach((path, byStatus) -> {
            Map<Integer, Long> counts = new TreeMap<>();
            byStatus.forEach((status, count) -> counts.put(status, count.sum()));
            snapshot.put(path, Collections.unmodifiableMap(counts));
        });
        return Collections.unmodifiableMap(snapshot);
    }

    // ---- used by the seed and the endpoints -----------------------------------------------------

    AccountUsers accountUsers() {
        return accountUsers;
    }

    ProjectMembers projectMembers() {
        return projectMembers;
    }

    CompanyUsers companyUsers() {
        return companyUsers;
    }

    boolean hasAccProject(String projectId) {
        return projectMembers.hasProject(projectId);
    }

    /** Keeps an accepted users:import request; the project's members are changed by the handler. */
    AccImport recordAccImport(String projectId, UUID jobId, JsonNode users, Instant acceptedAt) {
        List<String> emails = new ArrayList<>();
        users.forEach(user -> emails.add(user.path("email").asText()));
        AccImport accepted = new AccImport(jobId, emails, users, acceptedAt);
        accImports.computeIfAbsent(autodeskId(projectId), id -> new CopyOnWriteArrayList<>()).add(accepted);
        return accepted;
    }

    void storeProcoreAvatar(long companyId, long userId, StoredAvatar avatar) {
        procoreAvatars.put(procoreKey(companyId, userId), avatar);
    }

    void countRequest(String path, int status) {
        requestCounts.computeIfAbsent(path, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, key -> new LongAdder())
                .increment();
    }

    private static String procoreKey(long companyId, long userId) {
        return companyId + "/" + userId;
    }

    private static String autodeskId(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
