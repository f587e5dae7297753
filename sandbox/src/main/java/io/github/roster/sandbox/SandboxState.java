package io.github.roster.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The in-memory data behind a sandbox: BIM 360 account users, ACC project imports, Procore company users
 * and a count of the requests served. Thread-safe. Public methods only read, and every JSON they return is
 * a copy; the sandbox's endpoints change the state through package-private methods.
 *
 * <p>Autodesk ids are compared case-insensitively (they are kept in lower case).
 */
public final class SandboxState {

    private final Set<String> bim360Accounts = ConcurrentHashMap.newKeySet();
    private final JsonRecords<String> bim360Users = new JsonRecords<>();
    private final Map<String, List<AccImport>> accImports = new ConcurrentHashMap<>();
    private final Set<Long> procoreCompanies = ConcurrentHashMap.newKeySet();
    private final JsonRecords<String> procoreUsers = new JsonRecords<>();
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
        return bim360Users.read(bim360Key(accountId, userId));
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
        return procoreUsers.read(procoreKey(companyId, userId));
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

    void addBim360User(ObjectNode user) {
        String accountId = autodeskId(user.path("account_id").asText());
        bim360Accounts.add(accountId);
        bim360Users.put(bim360Key(accountId, user.path("id").asText()), user);
    }

    boolean hasBim360Account(String accountId) {
        return bim360Accounts.contains(autodeskId(accountId));
    }

    <R> R changeBim360User(String accountId, String userId, Function<ObjectNode, R> change) {
        return bim360Users.change(bim360Key(accountId, userId), change);
    }

    void addAccProject(String projectId) {
        accImports.putIfAbsent(autodeskId(projectId), new CopyOnWriteArrayList<>());
    }

    boolean hasAccProject(String projectId) {
        return accImports.containsKey(autodeskId(projectId));
    }

    AccImport recordAccImport(String projectId, UUID jobId, JsonNode users, Instant acceptedAt) {
        List<String> emails = new ArrayList<>();
        users.forEach(user -> emails.add(user.path("email").asText()));
        AccImport accepted = new AccImport(jobId, emails, users, acceptedAt);
        List<AccImport> imports = accImports.get(autodeskId(projectId));
        if (imports == null) {
            throw new IllegalStateException("unknown ACC project " + projectId);
        }
        imports.add(accepted);
        return accepted;
    }

    void addProcoreCompany(long companyId) {
        procoreCompanies.add(companyId);
    }

    boolean hasProcoreCompany(long companyId) {
        return procoreCompanies.contains(companyId);
    }

    void addProcoreUser(long companyId, ObjectNode user) {
        procoreCompanies.add(companyId);
        procoreUsers.put(procoreKey(companyId, user.path("id").asLong()), user);
    }

    /** Whether another user of the company has this e-mail address (compared ignoring case). */
    boolean procoreEmailTaken(long companyId, long userId, String email) {
        String prefix = companyId + "/";
        return procoreUsers.anyOther(procoreKey(companyId, userId), (key, user) -> key.startsWith(prefix)
                && user.path("email_address").asText("").equalsIgnoreCase(email));
    }

    <R> R changeProcoreUser(long companyId, long userId, Function<ObjectNode, R> change) {
        return procoreUsers.change(procoreKey(companyId, userId), change);
    }

    void storeProcoreAvatar(long companyId, long userId, StoredAvatar avatar) {
        procoreAvatars.put(procoreKey(companyId, userId), avatar);
    }

    void countRequest(String path, int status) {
        requestCounts.computeIfAbsent(path, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, key -> new LongAdder())
                .increment();
    }

    private static String bim360Key(String accountId, String userId) {
        return autodeskId(accountId) + "/" + autodeskId(userId);
    }

    private static String procoreKey(long companyId, long userId) {
        return companyId + "/" + userId;
    }

    private static String autodeskId(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
