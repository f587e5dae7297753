package io.github.roster.specgate.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The known, deliberate differences from the vendor's spec ({@code specs/vendor-drift-allowlist.yaml}): a YAML
 * document with a list {@code allowed}, each entry {@code what} (a difference as the report prints it) and
 * {@code reason} (why it is fine). Every entry needs both; a bad file is an error naming each bad entry.
 *
 * <p>In {@code what}, {@code *} stands for any text, so one entry can cover a deliberate difference that every
 * operation returning the same schema shares (e.g. {@code * /hq/v1/*: response.city maxLength: Roster 255, vendor
 * none}). An entry that matches no difference is stale.
 */
final class AllowList {

    private final Map<String, String> reasonByWhat;
    private final Map<String, Pattern> patternByWhat = new LinkedHashMap<>();

    private AllowList(Map<String, String> reasonByWhat) {
        this.reasonByWhat = reasonByWhat;
        reasonByWhat.keySet().forEach(what -> patternByWhat.put(what, glob(what)));
    }

    private static Pattern glob(String what) {
        StringBuilder regex = new StringBuilder();
        for (String literal : what.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString());
    }

    static AllowList read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read allow-list " + file, e);
        }
        JsonNode allowed = root == null ? null : root.get("allowed");
        if (allowed == null || !allowed.isArray()) {
            throw new IllegalArgumentException("Allow-list " + file + " needs a list 'allowed'");
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < allowed.size(); i++) {
            String what = allowed.get(i).path("what").asText("").strip();
            String reason = allowed.get(i).path("reason").asText("").strip();
            if (what.isEmpty()) {
                problems.add("entry " + (i + 1) + ": 'what' is missing");
            }
            if (reason.isEmpty()) {
                problems.add("entry " + (i + 1) + (what.isEmpty() ? "" : " (" + what + ")") + ": 'reason' is missing");
            }
            if (!what.isEmpty() && reasons.putIfAbsent(what, reason) != null) {
                problems.add("entry " + (i + 1) + ": duplicate of an earlier entry: " + what);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Bad allow-list " + file + ":\n  " + String.join("\n  ", problems));
        }
        return new AllowList(reasons);
    }

    boolean allows(String difference) {
        return patternByWhat.values().stream().anyMatch(p -> p.matcher(difference).matches());
    }

    /** The entries that match none of the given differences: the vendor or Roster has moved, remove them. */
    List<String> stale(List<String> differences) {
        return patternByWhat.entrySet().stream()
                .filter(e -> differences.stream().noneMatch(d -> e.getValue().matcher(d).matches()))
                .map(Map.Entry::getKey).toList();
    }
}
