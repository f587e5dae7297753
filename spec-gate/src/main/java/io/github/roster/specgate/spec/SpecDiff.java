package io.github.roster.specgate.spec;

import io.github.roster.specgate.changelog.DetectedChange;
import java.util.List;

/**
 * The outcome of diffing one spec against its baseline.
 *
 * @param spec     the spec's name: its file name without {@code .yaml}
 * @param changes  each operation added, removed or changed, with its key and verdict
 * @param markdown the readable report (openapi-diff's markdown, after a table of the keys)
 */
public record SpecDiff(String spec, List<DetectedChange> changes, String markdown) {

    public SpecDiff {
        changes = List.copyOf(changes);
    }
}
