package io.github.roster.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The difference between an HR export and what the targets hold: the actions that would bring the targets in
 * line, and what they were planned from. A plan is a value; {@link PlanJson} writes and reads it.
 *
 * @param version the plan format, {@link #FORMAT_VERSION}
 * @param createdAt when it was made
 * @param hrDigest SHA-256 (hex) of the HR export's bytes
 * @param configDigest SHA-256 (hex) of the configuration file's bytes
 * @param hrPeople how many people the HR export listed
 * @param statePath the state file (employee id -> vendor ids) the plan was made with and apply updates
 * @param safety the safety rules the plan was made under; apply checks them again
 * @param targets what was read from each target
 * @param actions the actions, in the order they are listed (apply chooses a safe order itself)
 */
public record Plan(int version, Instant createdAt, String hrDigest, String configDigest, int hrPeople,
                   String statePath, SafetyRules safety, List<TargetSnapshot> targets, List<PlannedAction> actions) {

    /** The plan format this library writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /**
     * Checks the parts and copies the lists.
     *
     * @param version format version
     * @param createdAt creation time
     * @param hrDigest HR digest
     * @param configDigest configuration digest
     * @param hrPeople HR people count
     * @param statePath state file path
     * @param safety safety rules
     * @param targets targets read
     * @param actions actions
     */
    public Plan {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(safety, "safety");
        targets = List.copyOf(targets);
        actions = List.copyOf(actions);
    }

    /**
     * The number of actions of each kind on each platform, e.g. {@code {acc={add-to-project=3}, procore={create=2}}},
     * in a stable order. Report-only kinds are counted too.
     *
     * @return counts by platform key, then kind key
     */
    public Map<String, Map<String, Integer>> summary() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (PlannedAction a : actions) {
            counts.computeIfAbsent(a.platform().key(), k -> new TreeMap<>()).merge(a.kind().key(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The actions that write (all but the report-only kinds).
     *
     * @return the write actions, in plan order
     */
    public List<PlannedAction> writeActions() {
        return actions.stream().filter(a -> a.kind().isWrite()).toList();
    }

    /**
     * Whether applying this plan would change nothing.
     *
     * @return true when no action writes
     */
    public boolean isEmpty() {
        return writeActions().isEmpty();
    }

    /**
     * The snapshot of one target.
     *
     * @param platform the platform
     * @param target the target id
     * @return its snapshot, or null when the plan did not read it
     */
    public TargetSnapshot target(Platform platform, String target) {
        return targets.stream().filter(t -> t.platform() == platform && t.target().equals(target)).findFirst()
                .orElse(null);
    }
}
