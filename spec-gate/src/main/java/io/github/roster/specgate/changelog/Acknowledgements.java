package io.github.roster.specgate.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks detected changes against a version section of {@code specs/CHANGES.md}: every change must be listed by its
 * key, and every breaking change must be acknowledged there with {@code breaking:} and a reason.
 */
public final class Acknowledgements {

    private Acknowledgements() {
    }

    /**
     * Returns one message per problem, empty when every change is listed and every breaking one acknowledged.
     *
     * @param changes        what a gate detected
     * @param log            the parsed change log
     * @param version        the coming version whose section is read
     * @param requireListing whether a non-breaking change must be listed as well (the spec gate) or not (API gate)
     */
    public static List<String> problems(List<DetectedChange> changes, ChangeLog log, String version,
            boolean requireListing) {
        Map<String, ChangeEntry> entries = log.entriesFor(version).stream()
                .collect(Collectors.toMap(ChangeEntry::key, Function.identity(), (first, second) -> first));
        List<String> problems = new ArrayList<>();
        for (DetectedChange change : changes) {
            Optional<ChangeEntry> entry = Optional.ofNullable(entries.get(change.key()));
            if (change.breaking() && entry.flatMap(ChangeEntry::breakingReason).isEmpty()) {
                problems.add("BREAKING, not acknowledged: `" + change.key() + "` (" + change.detail() + ")"
                        + entry.map(e -> "; line " + e.line() + " lists it without `breaking: <reason>`").orElse(""));
            } else if (requireListing && entry.isEmpty()) {
                problems.add("not listed: `" + change.key() + "` (" + change.detail() + ")");
            }
        }
        if (!problems.isEmpty()) {
            problems.add("Add each key above as a bullet under `## " + version + "` in specs/CHANGES.md"
                    + " (breaking ones with `breaking: <reason>`); see docs/spec-maintenance.md.");
        }
        return problems;
    }
}
