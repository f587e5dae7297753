package io.github.roster.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What sync remembers between runs: which vendor user is which employee on each target (Autodesk has no
 * external id, so an e-mail change is recognised as the same person only through this), and how many people
 * the last HR export listed (the truncated-feed guard). Updated from verified results only. Saved atomically
 * (write, then rename), so a crash leaves either the old or the new file. Thread-safe.
 *
 * <p>File format: {@code {"version":1,"hr_people":N,"people":{"E1001":{"bim360/<account>":"<user id>", ...}}}}.
 */
public final class SyncState {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Map<String, String>> people = new TreeMap<>();
    private int lastHrPeople;

    /** An empty state: nothing remembered (a first run). */
    public SyncState() {
    }

    /**
     * Reads a state file; a file that does not exist is an empty state.
     *
     * @param file the state file
     * @return the state
     * @throws SyncInputException when the file is not a state file
     * @throws UncheckedIOException when it cannot be read
     */
    public static SyncState read(Path file) {
        SyncState state = new SyncState();
        if (!Files.exists(file)) {
            return state;
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SyncInputException(file.toString(), java.util.List.of("not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("people").isObject()) {
            throw new SyncInputException(file.toString(), java.util.List.of("people: missing (not a sync state file)"));
        }
        state.lastHrPeople = root.path("hr_people").asInt(0);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("people").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> person = it.next();
            Map<String, String> ids = new TreeMap<>();
            person.getValue().fields().forEachRemaining(e -> ids.put(e.getKey(), e.getValue().asText()));
            state.people.put(person.getKey(), ids);
        }
        return state;
    }

    /**
     * The vendor user id remembered for an employee on a target.
     *
     * @param employeeId the HR key
     * @param platform the platform
     * @param target the account, project or company id
     * @return the user id, if remembered
     */
    public synchronized Optional<String> userId(String employeeId, Platform platform, String target) {
        Map<String, String> ids = people.get(employeeId);
        return ids == null ? Optional.empty() : Optional.ofNullable(ids.get(key(platform, target)));
    }

    /**
     * Remembers a verified vendor user id for an employee on a target.
     *
     * @param employeeId the HR key
     * @param platform the platform
     * @param target the target id
     * @param userId the vendor's id
     */
    public synchronized void remember(String employeeId, Platform platform, String target, String userId) {
        people.computeIfAbsent(employeeId, k -> new TreeMap<>()).put(key(platform, target), userId);
    }

    /**
     * Forgets an employee on a target (for example after a verified removal from a project).
     *
     * @param employeeId the HR key
     * @param platform the platform
     * @param target the target id
     */
    public synchronized void forget(String employeeId, Platform platform, String target) {
        Map<String, String> ids = people.get(employeeId);
        if (ids != null) {
            ids.remove(key(platform, target));
            if (ids.isEmpty()) {
                people.remove(employeeId);
            }
        }
    }

    /**
     * How many people the last planned-and-applied HR export listed (0 before the first run).
     *
     * @return the count
     */
    public synchronized int lastHrPeople() {
        return lastHrPeople;
    }

    /**
     * Records how many people the HR export listed.
     *
     * @param count the count
     */
    public synchronized void lastHrPeople(int count) {
        this.lastHrPeople = count;
    }

    /**
     * Writes the state atomically: to a temporary file beside it, then renamed over it.
     *
     * @param file the state file
     * @throws UncheckedIOException when it cannot be written
     */
    public synchronized void save(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("hr_people", lastHrPeople);
        ObjectNode all = root.putObject("people");
        people.forEach((employee, ids) -> {
            ObjectNode node = all.putObject(employee);
            ids.forEach(node::put);
        });
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(tmp, JSON.writeValueAsBytes(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String key(Platform platform, String target) {
        return platform.key() + "/" + target;
    }
}
