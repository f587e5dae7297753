package io.github.roster.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads plan files: JSON with the keys {@code version}, {@code created_at}, {@code hr_digest},
 * {@code config_digest}, {@code hr_people}, {@code state}, {@code safety}, {@code targets}, {@code actions} (each
 * with {@code id}, {@code platform}, {@code target}, {@code kind}, {@code employee_id}, {@code email},
 * {@code user_id}, {@code changes}, {@code reason}, {@code before}) and {@code summary}. The same plan always
 * gives the same bytes, so {@link #digest(Plan)} names it in journals and audit logs.
 */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    /**
     * The plan as a JSON tree.
     *
     * @param plan the plan
     * @return the tree
     */
    public static ObjectNode toTree(Plan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", plan.version());
        root.put("created_at", plan.createdAt().toString());
        root.put("hr_digest", plan.hrDigest());
        root.put("config_digest", plan.configDigest());
        root.put("hr_people", plan.hrPeople());
        root.put("state", plan.statePath());
        ObjectNode safety = root.putObject("safety");
        safety.put("max_deactivations", plan.safety().maxDeactivations());
        safety.put("max_deactivation_percent", plan.safety().maxDeactivationPercent());
        safety.put("min_hr_people_ratio", plan.safety().minHrPeopleRatio());
        ArrayNode protectedEmails = safety.putArray("protected");
        plan.safety().protectedEmails().forEach(protectedEmails::add);
        if (plan.safety().deactivateUnmanaged()) {
            safety.put("unmanaged", "deactivate");
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetSnapshot t : plan.targets()) {
            targets.addObject().put("platform", t.platform().key()).put("target", t.target())
                    .put("users", t.users()).put("digest", t.digest());
        }
        ArrayNode actions = root.putArray("actions");
        for (PlannedAction a : plan.actions()) {
            ObjectNode node = actions.addObject();
            node.put("id", a.id());
            node.put("platform", a.platform().key());
            node.put("target", a.target());
            node.put("kind", a.kind().key());
            node.put("employee_id", a.employeeId());
            node.put("email", a.email());
            node.put("user_id", a.userId());
            ArrayNode changes = node.putArray("changes");
            for (FieldChange c : a.changes()) {
                changes.addObject().put("field", c.field()).put("from", c.from()).put("to", c.to());
            }
            if (a.reason() != null) {
                node.put("reason", a.reason());
            }
            ObjectNode before = node.putObject("before");
            new java.util.TreeMap<>(a.before()).forEach(before::put);
        }
        ObjectNode summary = root.putObject("summary");
        plan.summary().forEach((platform, kinds) -> {
            ObjectNode p = summary.putObject(platform);
            kinds.forEach(p::put);
        });
        return root;
    }

    /**
     * The plan file's bytes (UTF-8 JSON, indented, ending in a newline).
     *
     * @param plan the plan
     * @return the bytes
     */
    public static byte[] toBytes(Plan plan) {
        try {
            String text = JSON.writeValueAsString(toTree(plan)) + "\n";
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan tree always serialises", e);
        }
    }

    /**
     * The plan's digest: SHA-256 of {@link #toBytes(Plan)}.
     *
     * @param plan the plan
     * @return 64 hex digits
     */
    public static String digest(Plan plan) {
        return Digests.sha256(toBytes(plan));
    }

    /**
     * Writes a plan file, replacing it atomically (a reader never sees half a plan).
     *
     * @param plan the plan
     * @param file where
     * @throws UncheckedIOException when it cannot be written
     */
    public static void write(Plan plan, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(tmp, toBytes(plan));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a plan file.
     *
     * @param file the plan
     * @return the plan
     * @throws SyncInputException naming every missing or bad field
     * @throws UncheckedIOException when it cannot be read
     */
    public static Plan read(Path file) {
        try {
            return fromBytes(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a plan from its bytes.
     *
     * @param bytes the JSON
     * @param source what to call it in errors
     * @return the plan
     * @throws SyncInputException naming every missing or bad field
     */
    public static Plan fromBytes(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new SyncInputException(source, List.of("not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new SyncInputException(source, List.of("not a plan: expected a JSON object"));
        }
        Fields f = new Fields();
        int version = f.integer(root, "version");
        if (version != 0 && version != Plan.FORMAT_VERSION) {
            f.problems.add("version: " + version + " is not a plan format this Roster reads (expected "
                    + Plan.FORMAT_VERSION + ")");
        }
        Instant createdAt = f.instant(root, "created_at");
        String hrDigest = f.text(root, "hr_digest", true);
        String configDigest = f.text(root, "config_digest", true);
        int hrPeople = f.integer(root, "hr_people");
        String state = f.text(root, "state", false);
        SafetyRules safety = safety(root.path("safety"), f);
        List<TargetSnapshot> targets = new ArrayList<>();
        JsonNode targetNodes = root.path("targets");
        for (int i = 0; i < targetNodes.size(); i++) {
            JsonNode t = targetNodes.get(i);
            String at = "targets[" + i + "].";
            Platform platform = f.platform(t, at);
            String target = f.text(t, at, "target", true);
            int users = t.path("users").asInt(0);
            String digest = f.text(t, at, "digest", true);
            if (users < 0) {
                f.problems.add(at + "users: " + users + " is not a count of users");
            }
            if (platform != null && target != null && digest != null && users >= 0) {
                targets.add(new TargetSnapshot(platform, target, users, digest));
            }
        }
        List<PlannedAction> actions = new ArrayList<>();
        JsonNode actionNodes = root.path("actions");
        if (!actionNodes.isArray()) {
            f.problems.add("actions: missing (expected an array)");
        }
        for (int i = 0; i < actionNodes.size(); i++) {
            PlannedAction a = action(actionNodes.get(i), "actions[" + i + "].", f);
            if (a != null) {
                actions.add(a);
            }
        }
        if (!f.problems.isEmpty()) {
            throw new SyncInputException(source, f.problems);
        }
        return new Plan(version, createdAt, hrDigest, configDigest, hrPeople, state, safety, targets, actions);
    }

    private static SafetyRules safety(JsonNode node, Fields f) {
        if (node.isMissingNode()) {
            f.problems.add("safety: missing");
            return SafetyRules.DEFAULTS;
        }
        List<String> protectedEmails = new ArrayList<>();
        node.path("protected").forEach(e -> protectedEmails.add(e.asText()));
        String unmanaged = node.path("unmanaged").asText("report");
        if (!unmanaged.equals("report") && !unmanaged.equals("deactivate")) {
            f.problems.add("safety.unmanaged: '" + unmanaged + "' is not report or deactivate");
        }
        try {
            return new SafetyRules(node.path("max_deactivations").asInt(-1),
                    node.path("max_deactivation_percent").asDouble(-1), protectedEmails,
                    node.path("min_hr_people_ratio").asDouble(SafetyRules.DEFAULTS.minHrPeopleRatio()),
                    unmanaged.equals("deactivate"));
        } catch (IllegalArgumentException e) {
            f.problems.add("safety." + e.getMessage());
            return SafetyRules.DEFAULTS;
        }
    }

    private static PlannedAction action(JsonNode node, String at, Fields f) {
        int before = f.problems.size();
        Platform platform = f.platform(node, at);
        String target = f.text(node, at, "target", true);
        ActionKind kind = null;
        try {
            kind = ActionKind.fromKey(node.path("kind").asText(null));
        } catch (IllegalArgumentException e) {
            f.problems.add(at + "kind: " + e.getMessage());
        }
        String employeeId = f.text(node, at, "employee_id", false);
        String userId = node.path("user_id").textValue();
        if (employeeId == null && kind != null && !PlannedAction.allowsUnmanaged(kind, userId)) {
            f.problems.add(at + "employee_id: missing (a " + kind.key() + " action names the person"
                    + (PlannedAction.allowsUnmanaged(kind, "id") ? " or the user's id" : "") + ")");
        }
        List<FieldChange> changes = new ArrayList<>();
        JsonNode changeNodes = node.path("changes");
        for (int i = 0; i < changeNodes.size(); i++) {
            JsonNode c = changeNodes.get(i);
            String field = f.text(c, at + "changes[" + i + "].", "field", true);
            if (field != null) {
                changes.add(new FieldChange(field, c.path("from").textValue(), c.path("to").textValue()));
            }
        }
        Map<String, String> beforeValues = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("before").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                beforeValues.put(e.getKey(), e.getValue().asText());
            }
        }
        if (f.problems.size() > before) {
            return null;
        }
        PlannedAction action = new PlannedAction(platform, target, kind, employeeId, node.path("email").textValue(),
                node.path("user_id").textValue(), changes, node.path("reason").textValue(), beforeValues);
        String id = node.path("id").textValue();
        if (id != null && !id.equals(action.id())) {
            f.problems.add(at + "id: '" + id + "' does not match the action (expected '" + action.id() + "')");
            return null;
        }
        return action;
    }

    /** Reads fields, collecting every problem instead of stopping at the first. */
    private static final class Fields {
        final List<String> problems = new ArrayList<>();

        int integer(JsonNode node, String key) {
            JsonNode v = node.path(key);
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                problems.add(key + ": " + (v.isMissingNode() ? "missing" : "'" + v.asText() + "' is not a whole number"));
                return 0;
            }
            return v.intValue();
        }

        Instant instant(JsonNode node, String key) {
            String text = text(node, key, true);
            if (text == null) {
                return Instant.EPOCH;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(key + ": '" + text + "' is not an ISO-8601 instant");
                return Instant.EPOCH;
            }
        }

        String text(JsonNode node, String key, boolean required) {
            return text(node, "", key, required);
        }

        String text(JsonNode node, String at, String key, boolean required) {
            JsonNode v = node.path(key);
            if (v.isMissingNode() || v.isNull()) {
                if (required) {
                    problems.add(at + key + ": missing");
                }
                return null;
            }
            if (!v.isTextual()) {
                problems.add(at + key + ": expected a string, was " + v);
                return null;
            }
            return v.textValue();
        }

        Platform platform(JsonNode node, String at) {
            try {
                return Platform.fromKey(node.path("platform").asText(null));
            } catch (IllegalArgumentException e) {
                problems.add(at + "platform: " + e.getMessage());
                return null;
            }
        }
    }
}
